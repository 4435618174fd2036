import type { Locale } from '@assc/schemas';
import { error } from '@sveltejs/kit';
import { fromCms } from '$lib/server/cms-errors';
import { listReports, parseReportFilters, reportFacets } from '$lib/server/content/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
  const locale = params.lang as Locale;
  const filters = parseReportFilters(url.searchParams);
  const [result, facets] = await fromCms(() =>
    Promise.all([listReports(locale, filters), reportFacets(locale)]),
  );
  const { page, pageCount, total } = result.meta.pagination;
  if (filters.page > 1 && filters.page > pageCount) {
    error(404, { message: 'not_found', code: 'not_found' });
  }
  return {
    filters,
    reports: result.data,
    pagination: { page, pageCount, total },
    facets: {
      countries: facets.countries.map(({ slug, name }) => ({ slug, name })),
      topics: facets.topics.map(({ slug, name }) => ({ slug, name })),
      years: facets.years,
    },
  };
};
