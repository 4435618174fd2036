import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, step } from './run.mjs';

const SKIP = new Set([
  'node_modules',
  'dist',
  'build',
  '.svelte-kit',
  '.tmp',
  '.strapi',
  'e2e',
  'uploads',
]);

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (SKIP.has(entry) || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** What is built, from which inputs, in dependency order. */
export function targets(root) {
  const at = (...parts) => path.join(root, ...parts);
  const lock = at('pnpm-lock.yaml');
  const pkg = (name) => ({
    name: `@assc/${name}`,
    cwd: at('packages', name),
    script: 'build',
    inputs: [at('packages', name, 'src'), at('packages', name, 'package.json'), lock],
    stamp: at('packages', name, 'dist', '.stamp'),
  });
  return [
    pkg('schemas'),
    pkg('cms-client'),
    pkg('markdown'),
    pkg('calendar'),
    pkg('page-cache'),
    {
      name: '@assc/cms',
      cwd: at('cms'),
      script: 'build',
      inputs: [
        at('cms', 'src'),
        at('cms', 'config'),
        at('cms', 'package.json'),
        at('packages', 'schemas', 'dist'),
        lock,
      ],
      stamp: at('cms', 'dist', '.stamp'),
    },
    {
      name: '@assc/web',
      cwd: at('web'),
      script: 'build',
      inputs: [
        at('web', 'src'),
        at('web', 'static'),
        at('web', 'svelte.config.js'),
        at('web', 'vite.config.ts'),
        at('web', 'package.json'),
        at('packages', 'schemas', 'dist'),
        at('packages', 'cms-client', 'dist'),
        at('packages', 'markdown', 'dist'),
        at('packages', 'calendar', 'dist'),
        at('packages', 'page-cache', 'dist'),
        lock,
      ],
      stamp: at('web', 'build', '.stamp'),
    },
  ];
}

/** Builds whatever is older than its inputs (or everything with `force`). */
export async function buildAll(root, pnpm, { force = false } = {}) {
  for (const target of targets(root)) {
    const built = existsSync(target.stamp) ? statSync(target.stamp).mtimeMs : 0;
    const inputs = Math.max(...target.inputs.map(newestMtime));
    if (!force && built > inputs) {
      console.log(`  ${target.name} is up to date`);
      continue;
    }
    step(`Building ${target.name}`);
    await run(pnpm[0], [...pnpm.slice(1), 'run', target.script], {
      cwd: target.cwd,
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    });
    writeFileSync(target.stamp, new Date().toISOString() + '\n');
    const now = new Date();
    utimesSync(target.stamp, now, now);
  }
}
