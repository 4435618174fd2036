/**
 * Starting and stopping what the benchmark measures: the built Strapi on a database nobody else
 * uses, the built site, and the baseline server. Start-up time is measured from spawn to the
 * first `200` on a URL that proves the server can do its job, polled every 20 ms.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cmsDefaults, sharedValues } from '../../scripts/lib/env-files.mjs';
import { freePort, startServer } from '../../scripts/lib/processes.mjs';

export { freePort };

/** Everything started here, so one call (or Ctrl+C) can stop it all. */
const running = new Set();

/**
 * @typedef {object} Server
 * @property {string} name
 * @property {string} url
 * @property {number} pid the server's own node process (spawned directly, never through a shell)
 * @property {number} readyMs spawn → first 200 on `readyUrl`
 * @property {() => string} output the last ~200 kB of stdout and stderr
 * @property {() => boolean} alive
 * @property {() => { code: number | null, signal: string | null } | null} exited
 * @property {() => Promise<void>} stop
 */

/**
 * Spawns `node <args>` and resolves once `readyUrl` answers 200, polled every 20 ms so that
 * start-up times are measured to within that.
 *
 * @param {{ name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, url: string,
 *           readyUrl: string, readyHeaders?: Record<string, string>, timeoutMs?: number }} spec
 * @returns {Promise<Server>}
 */
export async function spawnServer(spec) {
  const started = await startServer({
    name: spec.name,
    command: process.execPath,
    args: spec.args,
    cwd: spec.cwd,
    env: spec.env,
    readyUrl: spec.readyUrl,
    readyHeaders: spec.readyHeaders,
    isReady: (status) => status === 200,
    pollMs: 20,
    timeoutMs: spec.timeoutMs ?? 180_000,
  });
  let stopping;
  const server = {
    name: spec.name,
    url: spec.url,
    pid: started.child.pid ?? 0,
    readyMs: started.startedInMs,
    output: started.output,
    alive: () => started.exited() === null,
    exited: started.exited,
    stop() {
      stopping ??= started.stop().then(() => {
        running.delete(server);
      });
      return stopping;
    },
  };
  running.add(server);
  return server;
}

/** Stops every server this module started, in parallel. */
export async function stopAll() {
  await Promise.all([...running].map((server) => server.stop()));
}

/**
 * A database nobody else uses: a temporary SQLite file, or a fresh schema in the PostgreSQL
 * database `DATABASE_URL` names (as cms/test/cms-process.ts does for the integration tests).
 *
 * @param {string} root
 * @param {'sqlite' | 'postgres'} kind
 */
export async function createDatabase(root, kind) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'assc-bench-'));
    return {
      kind,
      label: 'SQLite',
      env: { DATABASE_URL: '', DATABASE_FILENAME: path.join(dir, 'data.db') },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is needed for the PostgreSQL run');
  // `pg` is the CMS's dependency; resolve it from there.
  const pg = createRequire(path.join(root, 'cms', 'package.json'))('pg');
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const query = async (sql) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await query(`CREATE SCHEMA "${schema}"`);
  return {
    kind,
    label: 'PostgreSQL',
    env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
    dispose: () => query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
  };
}

/** Tokens and secrets for one run, generated as `npm start` generates them. */
export function runSecrets() {
  return sharedValues();
}

/**
 * The built Strapi (`strapi start`) with the demo seed on `database`. Ready means the content API
 * answers 200 to the site's read token, i.e. bootstrap and seeding are done.
 *
 * @param {{ root: string, database: Awaited<ReturnType<typeof createDatabase>>,
 *           shared: ReturnType<typeof sharedValues>, siteUrl: string, outboxDir: string }} spec
 */
export async function startCms({ root, database, shared, siteUrl, outboxDir }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...cmsDefaults(shared),
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    BROWSER: 'none',
    // Registration e-mails (once that feature is merged) go to files, never to a real server.
    OUTBOX_DIR: outboxDir,
    ...database.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    // The publish webhook must reach the cache-on site, as in production.
    SITE_URL: siteUrl,
  };
  const server = await spawnServer({
    name: `CMS (${database.label})`,
    args: [path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    cwd: path.join(root, 'cms'),
    env,
    url,
    readyUrl: `${url}/api/sessions?locale=ja&pagination[pageSize]=1`,
    readyHeaders: { authorization: `Bearer ${shared.CMS_READ_TOKEN}` },
    timeoutMs: 240_000,
  });
  return Object.assign(server, { env });
}

/** `node web/server.js` (the full-page cache in front of SvelteKit) when present, else `node build`. */
export function siteEntry(root) {
  const custom = path.join(root, 'web', 'server.js');
  return existsSync(custom) ? 'server.js' : 'build';
}

/**
 * The built site talking to `cms`. `env` adds to (or overrides) the production environment,
 * e.g. `PAGE_CACHE=off` for the cache-off run.
 *
 * @param {{ root: string, cmsUrl: string, shared: ReturnType<typeof sharedValues>, port?: number,
 *           name: string, env?: Record<string, string> }} spec
 */
export async function startSite({ root, cmsUrl, shared, port, name, env = {} }) {
  const sitePort = port ?? (await freePort());
  const url = `http://127.0.0.1:${sitePort}`;
  return spawnServer({
    name,
    args: [siteEntry(root)],
    cwd: path.join(root, 'web'),
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(sitePort),
      ORIGIN: url,
      CMS_URL: cmsUrl,
      CMS_READ_TOKEN: shared.CMS_READ_TOKEN,
      CMS_REGISTRATION_TOKEN: shared.CMS_REGISTRATION_TOKEN,
      SITE_WEBHOOK_SECRET: shared.SITE_WEBHOOK_SECRET,
      // 200 submissions from one address in a second is the point of the measurement.
      REGISTRATION_RATE_LIMIT: '0',
      REGISTRATION_MIN_FILL_MS: '0',
      ...env,
    },
    url,
    readyUrl: `${url}/ja`,
    timeoutMs: 60_000,
  });
}

/**
 * A bare `node:http` server answering `bytes` of HTML from memory: the ceiling any Node server on
 * this machine can reach, against which every throughput figure is given as a ratio.
 *
 * @param {string} root
 * @param {number} bytes
 */
export async function startBaseline(root, bytes) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return spawnServer({
    name: 'Baseline',
    args: [path.join(root, 'bench', 'lib', 'baseline-server.mjs')],
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), BODY_BYTES: String(bytes) },
    url,
    readyUrl: `${url}/`,
    timeoutMs: 10_000,
  });
}

/** A directory for the CMS's outgoing e-mail; removed by the caller. */
export function tempDir(prefix) {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
