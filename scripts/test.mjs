/**
 * `npm test`: installs what is missing, builds, then runs lint, typecheck, unit tests,
 * integration tests on a real Strapi (SQLite, plus PostgreSQL when DATABASE_URL is set),
 * end-to-end tests in headless Chromium, and a short benchmark smoke run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './lib/build.mjs';
import { DEBIAN_CHROMIUM } from './lib/chromium.mjs';
import { pnpmCommand } from './lib/pnpm.mjs';
import { run, step } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = pnpmCommand();
const pn = (args, options = {}) =>
  run(pnpm[0], [...pnpm.slice(1), ...args], { cwd: root, ...options });
const CHROMIUM = DEBIAN_CHROMIUM;

async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${CHROMIUM} is missing: install it with \`sudo apt-get install -y chromium\`.`,
    );
  }
  step('Installing Chromium from Debian (end-to-end tests need it)');
  await run('apt-get', ['update', '-qq']);
  await run('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const started = Date.now();
const results = [];
async function stage(title, fn) {
  step(title);
  const t0 = Date.now();
  await fn();
  results.push(`${title} (${Math.round((Date.now() - t0) / 1000)} s)`);
}

try {
  await stage('Installing dependencies', () =>
    pn(['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]),
  );
  await stage('Building', () => buildAll(root, pnpm));
  await stage('Lint', () => pn(['run', 'lint']));
  await stage('Typecheck', () => pn(['run', 'typecheck']));
  await stage('Unit tests', () => pn(['exec', 'vitest', 'run']));
  const databases = process.env.DATABASE_URL ? 'SQLite and PostgreSQL' : 'SQLite';
  await stage(`Integration tests on a real Strapi (${databases})`, () =>
    pn(['--filter', '@assc/cms', 'run', 'test:integration']),
  );
  await ensureChromium();
  await stage('End-to-end tests in headless Chromium', () =>
    pn(['--filter', '@assc/web', 'run', 'test:e2e']),
  );
  // Seconds per measurement; fails only on broken machinery (a crash, a 5xx, overbooking),
  // never on a missed speed target. Already built above.
  await stage('Benchmark smoke run', () =>
    run(process.execPath, ['bench/run.mjs', '--smoke', '--skip-build'], { cwd: root }),
  );
} catch (error) {
  console.error(`\n\u001b[31m✗ ${error instanceof Error ? error.message : error}\u001b[0m`);
  process.exit(1);
}

console.log(
  `\n\u001b[32m✓ All checks passed in ${Math.round((Date.now() - started) / 1000)} s\u001b[0m`,
);
for (const line of results) console.log(`  ${line}`);
