import type { Locale } from '@assc/schemas';
import { toMinutesLink, toSessionListItem } from '$lib/content/view';
import { fromCms } from '$lib/server/cms-errors';
import { latestMinutes } from '$lib/server/content/minutes';
import { latestReports } from '$lib/server/content/reports';
import { listSessions, registrationState } from '$lib/server/content/sessions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const locale = params.lang as Locale;
  const [sessions, reports, minutes] = await fromCms(() =>
    Promise.all([listSessions(locale), latestReports(locale, 3), latestMinutes(locale, 3)]),
  );
  const next = sessions.upcoming[0];
  return {
    next: next
      ? {
          ...toSessionListItem(next),
          registration: registrationState(next),
          registrationDeadline: next.registrationDeadline,
        }
      : null,
    reports,
    minutes: minutes.map((item) => toMinutesLink(item, item.session)),
  };
};
