import type { Locale } from '@assc/schemas';
import { error } from '@sveltejs/kit';
import { fromCms, found } from '$lib/server/cms-errors';
import { getSession } from '$lib/server/content/sessions';
import type { PageServerLoad } from './$types';

/** After a registration: seat or waiting list, read from the redirect. It names no one. */
export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
  const status = url.searchParams.get('status');
  if (status !== 'confirmed' && status !== 'waitlisted') {
    error(404, { message: 'not_found', code: 'not_found' });
  }
  const locale = params.lang as Locale;
  const session = found(await fromCms(() => getSession(locale, params.slug)));
  setHeaders({ 'cache-control': 'private, no-store' });
  return { status, session: { title: session.title, slug: session.slug } };
};
