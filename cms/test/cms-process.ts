import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cmsDefaults, sharedValues } from '../../scripts/lib/env-files.mjs';
import {
  freePort,
  runToExit,
  startServer,
  type RunningServer,
} from '../../scripts/lib/processes.mjs';

export type DatabaseKind = 'sqlite' | 'postgres';

const cmsDir = path.resolve(__dirname, '..');
const strapiBin = path.resolve(
  cmsDir,
  '..',
  'node_modules',
  '@strapi',
  'strapi',
  'bin',
  'strapi.js',
);

/** SQLite always; PostgreSQL too when the environment points at a server. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase {
  kind: DatabaseKind;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** A database nobody else uses: a temporary SQLite file, or a fresh PostgreSQL schema. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'assc-cms-'));
    return {
      kind,
      env: { DATABASE_URL: '', DATABASE_FILENAME: path.join(dir, 'data.db') },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is needed for PostgreSQL tests');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  return {
    kind,
    env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
    dispose: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    },
  };
}

/** Secrets and tokens for one test run, as `npm start` would generate them. */
export function testEnv(): Record<string, string> {
  return { ...cmsDefaults(sharedValues()), SITE_URL: '', NODE_ENV: 'test' };
}

export interface RunningCms extends RunningServer {
  url: string;
  env: Record<string, string>;
  /** `fetch` against the CMS, anonymous unless headers say otherwise. */
  get(pathAndQuery: string, init?: RequestInit): Promise<Response>;
  json<T = unknown>(pathAndQuery: string, init?: RequestInit): Promise<{ status: number; body: T }>;
}

function baseEnv(database: TestDatabase, env: Record<string, string>, port: number) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    BROWSER: 'none',
    ...database.env,
    ...env,
    HOST: '127.0.0.1',
    PORT: String(port),
  };
}

/** Boots the real, built Strapi (`strapi start`) on the given database. */
export async function startCms(
  database: TestDatabase,
  env: Record<string, string> = testEnv(),
): Promise<RunningCms> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const fullEnv = baseEnv(database, env, port);
  const server = await startServer({
    name: 'Strapi',
    command: process.execPath,
    args: [strapiBin, 'start'],
    cwd: cmsDir,
    env: fullEnv,
    readyUrl: `${url}/_health`,
    timeoutMs: 120_000,
  });
  const get = (pathAndQuery: string, init?: RequestInit) => fetch(`${url}${pathAndQuery}`, init);
  return {
    ...server,
    url,
    env: fullEnv,
    get,
    async json<T>(pathAndQuery: string, init?: RequestInit) {
      const response = await get(pathAndQuery, init);
      return { status: response.status, body: (await response.json()) as T };
    },
  };
}

/** Runs `strapi start` expecting it to refuse; returns its exit code and output. */
export async function startCmsExpectingFailure(
  database: TestDatabase,
  env: Record<string, string>,
) {
  const port = await freePort();
  return runToExit({
    command: process.execPath,
    args: [strapiBin, 'start'],
    cwd: cmsDir,
    env: baseEnv(database, env, port),
    timeoutMs: 60_000,
  });
}

/** Logs in to the admin API and returns a bearer token for admin routes. */
export async function adminToken(cms: RunningCms): Promise<string> {
  const response = await cms.get('/admin/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: cms.env.DEMO_ADMIN_EMAIL,
      password: cms.env.DEMO_ADMIN_PASSWORD,
    }),
  });
  if (!response.ok)
    throw new Error(`Admin login failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { data: { token: string } };
  return body.data.token;
}
