import type { Core } from '@strapi/strapi';
import type { Mail } from './messages';

interface EmailService {
  send(options: Mail): Promise<unknown>;
}

const SITE_SETTING = 'api::site-setting.site-setting';

/**
 * Sends after the registration is stored and the response is on its way: a slow or broken
 * SMTP server must never cost anyone their seat, nor keep the site waiting. Failures are
 * logged for staff to follow up; they are never thrown.
 */
export function sendInBackground(
  strapi: Core.Strapi,
  mails: readonly Mail[],
  purpose: string,
): void {
  void deliver(strapi, mails, purpose);
}

export async function deliver(
  strapi: Core.Strapi,
  mails: readonly Mail[],
  purpose: string,
): Promise<void> {
  const email = strapi.plugin('email').service('email') as unknown as EmailService;
  const results = await Promise.allSettled(mails.map((m) => email.send(m)));
  results.forEach((result) => {
    if (result.status === 'rejected') {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      strapi.log.error(`Registration e-mail (${purpose}) could not be sent: ${reason}`);
    }
  });
}

/** The secretariat's address from the site settings, where staff already maintain it. */
export async function staffAddress(strapi: Core.Strapi): Promise<string | null> {
  const row = (await strapi.db.query(SITE_SETTING).findOne({
    where: { contactEmail: { $notNull: true } },
    select: ['contactEmail'],
  })) as { contactEmail?: string | null } | null;
  return row?.contactEmail || null;
}
