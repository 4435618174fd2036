import { excerpt } from '@assc/markdown';
import type { Locale } from '@assc/schemas';
import { minutesRefToLink, reportRefToLink } from '$lib/content/view';
import { fromCms, found } from '$lib/server/cms-errors';
import { getSession, registrationState } from '$lib/server/content/sessions';
import { renderProse } from '$lib/server/prose';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
  const locale = params.lang as Locale;
  const session = found(await fromCms(() => getSession(locale, params.slug)));
  // The Markdown source stays on the server: this page keeps client-side rendering, and its
  // data is serialised into the HTML.
  const { theme, minutes, reports, ...rest } = session;
  return {
    session: rest,
    minutes: (minutes ?? []).map(minutesRefToLink),
    reports: (reports ?? []).map(reportRefToLink),
    themeHtml: renderProse(theme, { origin: url.origin, locale }).html,
    description: excerpt(theme, 120) || session.title,
    registration: registrationState(session),
  };
};
