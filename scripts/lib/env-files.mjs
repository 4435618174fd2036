import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const secret = (bytes = 24) => randomBytes(bytes).toString('base64url');

/** Keys that must match between the CMS and the site: generated once, written to both. */
export function sharedValues() {
  return {
    CMS_READ_TOKEN: randomBytes(32).toString('hex'),
    CMS_REGISTRATION_TOKEN: randomBytes(32).toString('hex'),
    SITE_WEBHOOK_SECRET: secret(32),
  };
}

export function cmsDefaults(shared) {
  return {
    HOST: '127.0.0.1',
    PORT: '1337',
    STRAPI_TELEMETRY_DISABLED: 'true',
    APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    DEMO_ADMIN_EMAIL: 'admin@example.org',
    DEMO_ADMIN_PASSWORD: `Demo-${secret(9)}`,
    SITE_URL: 'http://127.0.0.1:3000',
    CMS_READ_TOKEN: shared.CMS_READ_TOKEN,
    CMS_REGISTRATION_TOKEN: shared.CMS_REGISTRATION_TOKEN,
    SITE_WEBHOOK_SECRET: shared.SITE_WEBHOOK_SECRET,
  };
}

export function webDefaults(shared) {
  return {
    HOST: '127.0.0.1',
    PORT: '3000',
    CMS_URL: 'http://127.0.0.1:1337',
    CMS_READ_TOKEN: shared.CMS_READ_TOKEN,
    CMS_REGISTRATION_TOKEN: shared.CMS_REGISTRATION_TOKEN,
    SITE_WEBHOOK_SECRET: shared.SITE_WEBHOOK_SECRET,
  };
}

export function parseEnv(text) {
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (match) values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

function readEnv(file) {
  return existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
}

/** Appends the keys `file` lacks; never rewrites a value someone set. Returns what was added. */
function complete(file, defaults, header) {
  const current = readEnv(file);
  const missing = Object.entries(defaults).filter(([key]) => !(key in current));
  if (missing.length === 0) return [];
  const lines = missing.map(([key, value]) => `${key}=${value}`);
  const prefix = existsSync(file)
    ? readFileSync(file, 'utf8').replace(/\n?$/, '\n')
    : `${header}\n`;
  writeFileSync(file, prefix + lines.join('\n') + '\n', { mode: 0o600 });
  return missing.map(([key]) => key);
}

/**
 * Makes `cms/.env` and `web/.env` for the demo on first start. Values both sides share are
 * taken from whichever file already has them, so a half-made setup heals instead of drifting.
 */
export function ensureEnvFiles(root) {
  const cmsFile = path.join(root, 'cms', '.env');
  const webFile = path.join(root, 'web', '.env');
  const existing = { ...readEnv(webFile), ...readEnv(cmsFile) };
  const shared = sharedValues();
  for (const key of Object.keys(shared)) if (existing[key]) shared[key] = existing[key];

  const header = '# Generated for the local demo by `npm start`. Not for production. Never commit.';
  const added = [
    ...complete(cmsFile, cmsDefaults(shared), header).map((k) => `cms/.env ${k}`),
    ...complete(webFile, webDefaults(shared), header).map((k) => `web/.env ${k}`),
  ];
  return { added, cms: readEnv(cmsFile), web: readEnv(webFile) };
}
