/**
 * `npm start`: installs, builds, prepares the demo environment, then serves the CMS on
 * :1337 and the site on :3000 until interrupted. The CMS seeds itself on first start.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './lib/build.mjs';
import { ensureEnvFiles } from './lib/env-files.mjs';
import { pnpmCommand } from './lib/pnpm.mjs';
import { startServer } from './lib/processes.mjs';
import { run, step } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = pnpmCommand();

step('Preparing the demo environment');
const env = ensureEnvFiles(root);
console.log(
  env.added.length ? `  generated ${env.added.join(', ')}` : '  cms/.env and web/.env exist',
);

step('Installing dependencies');
await run(pnpm[0], [...pnpm.slice(1), 'install', '--frozen-lockfile'], { cwd: root });

step('Building');
await buildAll(root, pnpm);

const cmsUrl = `http://${env.cms.HOST}:${env.cms.PORT}`;
const siteUrl = `http://${env.web.HOST}:${env.web.PORT}`;

step(`Starting the CMS on ${cmsUrl}`);
const cms = await startServer({
  name: 'CMS',
  command: process.execPath,
  args: [path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
  cwd: path.join(root, 'cms'),
  env: { ...process.env, ...env.cms, STRAPI_TELEMETRY_DISABLED: 'true' },
  readyUrl: `${cmsUrl}/_health`,
  timeoutMs: 180_000,
  echo: true,
});

step(`Starting the site on ${siteUrl}`);
const site = await startServer({
  name: 'Site',
  command: process.execPath,
  args: ['server.js'],
  cwd: path.join(root, 'web'),
  env: { ...process.env, ...env.web },
  readyUrl: `${siteUrl}/`,
  timeoutMs: 60_000,
  echo: true,
});

console.log(`
\u001b[1mThe portal is running.\u001b[0m
  Site:         ${siteUrl}/
  CMS API:      ${cmsUrl}/api/sessions?locale=ja
  Admin panel:  ${cmsUrl}/admin
  Demo admin:   ${env.cms.DEMO_ADMIN_EMAIL} / ${env.cms.DEMO_ADMIN_PASSWORD}
Press Ctrl+C to stop.
`);

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all([site.stop(), cms.stop()]);
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
for (const server of [cms, site]) {
  server.child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${server.name} stopped unexpectedly (exit ${code}).`);
      void shutdown(1);
    }
  });
}
