import { excerpt } from '@assc/markdown';
import type { Locale } from '@assc/schemas';
import { fromCms, found } from '$lib/server/cms-errors';
import { getMinutes } from '$lib/server/content/minutes';
import { renderProse } from '$lib/server/prose';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
  const locale = params.lang as Locale;
  const minutes = found(await fromCms(() => getMinutes(locale, params.slug)));
  const { body, decisions, ...rest } = minutes;
  const options = { origin: url.origin, locale };
  return {
    minutes: rest,
    bodyHtml: renderProse(body, options).html,
    decisionsHtml: renderProse(decisions, options).html,
    description: excerpt(body, 160) || excerpt(decisions, 160) || minutes.title,
  };
};
