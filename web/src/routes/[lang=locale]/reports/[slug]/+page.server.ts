import { excerpt } from '@assc/markdown';
import type { Locale } from '@assc/schemas';
import { fromCms, found } from '$lib/server/cms-errors';
import { getReport } from '$lib/server/content/reports';
import { renderProse } from '$lib/server/prose';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
  const locale = params.lang as Locale;
  const report = found(await fromCms(() => getReport(locale, params.slug)));
  const { body, ...rest } = report;
  const { html, toc } = renderProse(body, { origin: url.origin, locale });
  return {
    report: rest,
    html,
    toc,
    description: excerpt(report.summary, 160) || excerpt(body, 160) || report.title,
  };
};
