import type { Locale } from '@assc/schemas';
import { toSessionListItem } from '$lib/content/view';
import { fromCms } from '$lib/server/cms-errors';
import { listSessions } from '$lib/server/content/sessions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const locale = params.lang as Locale;
  const { upcoming, past } = await fromCms(() => listSessions(locale));
  return {
    upcoming: upcoming.map(toSessionListItem),
    past: past.map(toSessionListItem),
  };
};
