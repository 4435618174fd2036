import type { Core } from '@strapi/strapi';

/**
 * The site's server talks to the CMS with tokens that can do only what it needs. Their
 * secret values come from the environment (shared with the site), so both sides agree
 * without anyone copying a token out of the admin panel.
 */
export interface TokenSpec {
  name: string;
  description: string;
  env: string;
  permissions: string[];
}

export const SITE_TOKENS: TokenSpec[] = [
  {
    name: 'site-read',
    description: 'Used by the public site to read published content. Read-only.',
    env: 'CMS_READ_TOKEN',
    permissions: [
      'api::session.session.find',
      'api::session.session.findOne',
      'api::minute.minute.find',
      'api::minute.minute.findOne',
      'api::report.report.find',
      'api::report.report.findOne',
      'api::country.country.find',
      'api::country.country.findOne',
      'api::topic.topic.find',
      'api::topic.topic.findOne',
      'api::site-setting.site-setting.find',
    ],
  },
  {
    name: 'site-registration',
    description:
      "Used by the site's server for session registration and cancellation. Nothing else.",
    env: 'CMS_REGISTRATION_TOKEN',
    permissions: [
      'api::registration.registration.register',
      'api::registration.registration.availability',
      'api::registration.registration.previewCancellation',
      'api::registration.registration.cancel',
    ],
  },
];

interface TokenRow {
  id: number;
  accessKey: string;
  permissions?: { action: string }[];
}

interface TokenService {
  hash(accessKey: string): string;
  create(attributes: {
    name: string;
    description: string;
    type: 'custom';
    permissions: string[];
    lifespan: null;
  }): Promise<{ id: number }>;
}

interface EncryptionService {
  encrypt(value: string): string;
}

function sameActions(row: TokenRow, wanted: string[]): boolean {
  const have = new Set((row.permissions ?? []).map((p) => p.action));
  return have.size === wanted.length && wanted.every((action) => have.has(action));
}

export async function ensureSiteTokens(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const service = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const tokens = strapi.db.query('admin::api-token');

  for (const spec of SITE_TOKENS) {
    const secret = env[spec.env];
    if (!secret) {
      strapi.log.warn(`${spec.env} is not set: the "${spec.name}" API token is not managed.`);
      continue;
    }
    let row = (await tokens.findOne({
      where: { name: spec.name },
      populate: ['permissions'],
    })) as TokenRow | null;
    if (row && !sameActions(row, spec.permissions)) {
      // Permissions drifted (edited in the admin, or the spec changed): start again.
      await tokens.delete({ where: { id: row.id } });
      row = null;
    }
    if (!row) {
      const created = await service.create({
        name: spec.name,
        description: spec.description,
        type: 'custom',
        permissions: spec.permissions,
        lifespan: null,
      });
      row = { id: created.id, accessKey: '' };
    }
    const accessKey = service.hash(secret);
    if (row.accessKey !== accessKey) {
      await tokens.update({
        where: { id: row.id },
        data: { accessKey, encryptedKey: encryption.encrypt(secret) },
      });
    }
  }
}
