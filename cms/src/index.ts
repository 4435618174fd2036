import type { Core } from '@strapi/strapi';
import { registerAdminRoutes } from './api/registration/lib/admin-routes';
import { assertSerialisable } from './api/registration/lib/capacity';
import { ensureSiteTokens } from './bootstrap/api-tokens';
import { ensureDemoAdmin } from './bootstrap/demo-admin';
import { ensureLocales } from './bootstrap/locales';
import { setPublicPermissions } from './bootstrap/public-permissions';
import { ensureSiteWebhook } from './bootstrap/site-webhook';
import { keepRegistrationsFromAuthors } from './bootstrap/staff-roles';
import { seedDemo } from './seed/seed-demo';

/** The demo seeds itself unless told not to; production only when explicitly asked. */
function shouldSeed(env: NodeJS.ProcessEnv): boolean {
  const flag = env.SEED_DEMO;
  if (flag !== undefined) return flag === 'true';
  return env.NODE_ENV !== 'production';
}

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerAdminRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    assertSerialisable(strapi);
    await ensureLocales(strapi);
    await setPublicPermissions(strapi);
    await ensureSiteTokens(strapi);
    await keepRegistrationsFromAuthors(strapi);
    await ensureSiteWebhook(strapi);
    if (shouldSeed(process.env)) {
      const outcome = await seedDemo(strapi);
      const messages = {
        seeded: 'Demo content seeded.',
        'already-seeded': 'Demo content was seeded before; left as it is.',
        'has-content': 'The database already has content; demo seed skipped.',
      } as const;
      strapi.log.info(messages[outcome]);
    }
    await ensureDemoAdmin(strapi);
  },
};
