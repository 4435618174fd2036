import type { Core } from '@strapi/strapi';
import { eraseExpiredRegistrations } from '../src/api/registration/lib/retention';

type Env = Core.Config.Shared.ConfigParams['env'];

export function cronTasks(env: Env) {
  return {
    registrationRetention: {
      async task({ strapi }: { strapi: Core.Strapi }) {
        const erased = await eraseExpiredRegistrations(strapi);
        if (erased > 0) strapi.log.info(`Erased personal data of ${erased} past registrations.`);
      },
      // Daily at 03:30 Japan time; tests set a rule that fires every second.
      options: { rule: env('REGISTRATION_RETENTION_CRON', '0 30 3 * * *'), tz: 'Asia/Tokyo' },
    },
  };
}
