import { sessionCalendar } from '@assc/calendar';
import type { Locale } from '@assc/schemas';
import { found, fromCms } from '$lib/server/cms-errors';
import { getSession } from '$lib/server/content/sessions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
  const locale = params.lang as Locale;
  const session = found(await fromCms(() => getSession(locale, params.slug)));
  const body = sessionCalendar(session, {
    locale,
    pageUrl: `${url.origin}/${locale}/sessions/${session.slug}`,
    uidDomain: url.hostname,
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${session.slug}.ics"`,
    },
  });
};
