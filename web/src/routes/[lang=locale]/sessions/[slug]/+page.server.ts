import { excerpt } from '@assc/markdown';
import type { Locale } from '@assc/schemas';
import { fail, redirect } from '@sveltejs/kit';
import { minutesRefToLink, reportRefToLink } from '$lib/content/view';
import { fromCms, found } from '$lib/server/cms-errors';
import { getSession, registrationState } from '$lib/server/content/sessions';
import { renderProse } from '$lib/server/prose';
import { fetchAvailability } from '$lib/server/registration/cms-registration';
import { issueStamp } from '$lib/server/registration/form-guard';
import { formKey, register } from '$lib/server/registration/register';
import { venueChoices } from '$lib/server/registration/venue-choices';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
  const locale = params.lang as Locale;
  const session = found(await fromCms(() => getSession(locale, params.slug)));
  // The Markdown source stays on the server: this page keeps client-side rendering, and its
  // data is serialised into the HTML.
  const { theme, minutes, reports, ...rest } = session;
  let registration = registrationState(session);
  let form: { stamp: string; venues: ReturnType<typeof venueChoices> } | undefined;
  if (registration === 'open') {
    // Seats change with every registration and the form carries a time stamp, so this page is
    // built for each reader and never kept in a shared cache.
    setHeaders({ 'cache-control': 'private, no-cache' });
    const availability = await fetchAvailability(session.documentId);
    if (availability && !availability.open) registration = 'closed';
    else
      form = {
        stamp: issueStamp(formKey()),
        venues: venueChoices(session.venues ?? [], availability),
      };
  }
  return {
    session: rest,
    minutes: (minutes ?? []).map(minutesRefToLink),
    reports: (reports ?? []).map(reportRefToLink),
    themeHtml: renderProse(theme, { origin: url.origin, locale }).html,
    description: excerpt(theme, 120) || session.title,
    registration,
    form,
  };
};

export const actions: Actions = {
  register: async ({ request, params, getClientAddress }) => {
    const locale = params.lang as Locale;
    const session = found(await fromCms(() => getSession(locale, params.slug)));
    const outcome = await register({
      form: await request.formData(),
      locale,
      sessionDocumentId: session.documentId,
      cities: (session.venues ?? []).map((venue) => venue.city),
      clientAddress: getClientAddress(),
    });
    if (outcome.kind === 'refused') return fail(outcome.httpStatus, outcome.problem);
    redirect(303, `/${locale}/sessions/${session.slug}/registered?status=${outcome.status}`);
  },
};
