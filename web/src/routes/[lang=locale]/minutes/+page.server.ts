import type { Locale } from '@assc/schemas';
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { toMinutesLink } from '$lib/content/view';
import { fromCms } from '$lib/server/cms-errors';
import { listMinutes } from '$lib/server/content/minutes';
import type { PageServerLoad } from './$types';

const PageParam = z.coerce.number().int().min(1).max(1000).catch(1);

export const load: PageServerLoad = async ({ params, url }) => {
  const locale = params.lang as Locale;
  const requested = PageParam.parse(url.searchParams.get('page') ?? 1);
  const result = await fromCms(() => listMinutes(locale, requested));
  const { page, pageCount, total } = result.meta.pagination;
  if (requested > 1 && requested > pageCount) {
    error(404, { message: 'not_found', code: 'not_found' });
  }
  return {
    minutes: result.data.map((item) => toMinutesLink(item, item.session)),
    pagination: { page, pageCount, total },
  };
};
