import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import {
  createTestDatabase,
  startCms,
  testEnv,
  type RunningCms,
  type TestDatabase,
} from '../../cms/test/cms-process';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from '../../scripts/lib/chromium.mjs';
import { freePort, startServer, type RunningServer } from '../../scripts/lib/processes.mjs';

const webDir = path.resolve(__dirname, '..');

export interface Portal {
  cms: RunningCms;
  site: RunningServer;
  siteUrl: string;
  stop(): Promise<void>;
}

/**
 * The real thing, as `npm start` runs it: the built Strapi on a fresh SQLite database with the
 * demo seed, and the built site (`node build`) talking to it with the read token.
 */
export async function startPortal(
  siteEnv: Record<string, string> = {},
  cmsEnv: Record<string, string> = {},
): Promise<Portal> {
  const database: TestDatabase = await createTestDatabase('sqlite');
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  // The CMS learns the site's address first, so its publish webhook reaches this site.
  const env: Record<string, string> = { ...testEnv(), SITE_URL: siteUrl, ...cmsEnv };
  const cms = await startCms(database, env);
  const webEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: String(port),
    ORIGIN: siteUrl,
    CMS_URL: cms.url,
    CMS_READ_TOKEN: env.CMS_READ_TOKEN!,
    CMS_REGISTRATION_TOKEN: env.CMS_REGISTRATION_TOKEN!,
    SITE_WEBHOOK_SECRET: env.SITE_WEBHOOK_SECRET!,
    ...siteEnv,
  };
  // `ORIGIN: ''` asks for the demo's set-up, where the site learns its origin from each request.
  if (webEnv.ORIGIN === '') delete webEnv.ORIGIN;
  const site = await startServer({
    name: 'Site',
    command: process.execPath,
    args: ['server.js'],
    cwd: webDir,
    env: webEnv,
    readyUrl: `${siteUrl}/`,
    timeoutMs: 30_000,
  });
  return {
    cms,
    site,
    siteUrl,
    async stop() {
      await site.stop();
      await cms.stop();
      await database.dispose();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--disable-quic'],
  });
}
