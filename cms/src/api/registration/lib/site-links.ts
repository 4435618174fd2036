import type { Locale } from '@assc/schemas';

export interface SiteLinks {
  sessionPage(locale: Locale, slug: string): string;
  /** The site's confirm-and-cancel page; its shape is part of the contract with the site. */
  cancelPage(locale: Locale, token: string): string;
  /** Host part of calendar event UIDs, the same the site uses for its own .ics downloads. */
  uidDomain: string;
}

const DEMO_SITE = 'http://127.0.0.1:3000';

/**
 * Links in e-mails point at the site as readers reach it. `SITE_PUBLIC_URL` is for when the CMS
 * reaches the site at another address (`SITE_URL`, used for the publish webhook).
 */
export function siteLinks(env: NodeJS.ProcessEnv = process.env): SiteLinks {
  const base = (env.SITE_PUBLIC_URL || env.SITE_URL || DEMO_SITE).replace(/\/+$/, '');
  return {
    sessionPage: (locale, slug) => `${base}/${locale}/sessions/${encodeURIComponent(slug)}`,
    cancelPage: (locale, token) =>
      `${base}/${locale}/registrations/cancel?token=${encodeURIComponent(token)}`,
    uidDomain: new URL(base).hostname,
  };
}
