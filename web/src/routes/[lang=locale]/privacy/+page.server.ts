import { excerpt } from '@assc/markdown';
import type { Locale } from '@assc/schemas';
import { fromCms, found } from '$lib/server/cms-errors';
import { getSiteSettings } from '$lib/server/content/settings';
import { renderProse } from '$lib/server/prose';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
  const locale = params.lang as Locale;
  const settings = found(await fromCms(() => getSiteSettings(locale)));
  const source = settings.privacyPolicy;
  return {
    html: renderProse(source, { origin: url.origin, locale }).html,
    description: excerpt(source, 160),
    contactEmail: settings.contactEmail,
  };
};
