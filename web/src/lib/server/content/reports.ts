import type { StrapiQuery } from '@assc/cms-client';
import { Country, Report, ReportKind, Topic, type Locale } from '@assc/schemas';
import { z } from 'zod';
import { cached } from '../cms';

export const REPORTS_PAGE_SIZE = 10;

/** A list entry: everything but the body, which can be long. */
export const ReportListItem = Report.omit({ body: true });
export type ReportListItem = z.infer<typeof ReportListItem>;

/** The list's filters as they appear in the URL, so a filtered list can be shared. */
export const ReportFilters = z.object({
  kind: ReportKind.optional().catch(undefined),
  country: z.string().max(100).optional().catch(undefined),
  topic: z.string().max(100).optional().catch(undefined),
  year: z.coerce.number().int().min(1900).max(2999).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
});
export type ReportFilters = z.infer<typeof ReportFilters>;

export function parseReportFilters(params: URLSearchParams): ReportFilters {
  const raw = Object.fromEntries(
    [...params.entries()].filter(([, value]) => value.trim() !== '').map(([k, v]) => [k, v.trim()]),
  );
  return ReportFilters.parse(raw);
}

/**
 * Search terms. NFKC folds full-width letters and digits, so `ＩＬＯ` finds `ILO`. Japanese has
 * no spaces, so each term is matched as a substring anywhere in a field, never as a word.
 */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .normalize('NFKC')
    .split(/\s+/u)
    .map((term) => term.trim())
    .filter(Boolean)
    .slice(0, 8);
}

/** Strapi filters for the list: every term must appear in the title, summary or body. */
export function reportFilterQuery(filters: ReportFilters): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  if (filters.kind) and.push({ kind: { $eq: filters.kind } });
  if (filters.country) and.push({ countries: { slug: { $eq: filters.country } } });
  if (filters.topic) and.push({ topics: { slug: { $eq: filters.topic } } });
  if (filters.year) {
    and.push({
      publishedOn: { $gte: `${filters.year}-01-01`, $lte: `${filters.year}-12-31` },
    });
  }
  for (const term of searchTerms(filters.q)) {
    and.push({
      $or: [
        { title: { $containsi: term } },
        { summary: { $containsi: term } },
        { body: { $containsi: term } },
      ],
    });
  }
  return and.length ? { $and: and } : {};
}

const TAGS = ['report', 'country', 'topic'] as const;

export function listReports(locale: Locale, filters: ReportFilters) {
  const query: StrapiQuery = {
    locale,
    filters: reportFilterQuery(filters),
    fields: ['title', 'slug', 'summary', 'kind', 'publishedOn'],
    populate: {
      countries: { fields: ['name', 'slug', 'code'] },
      topics: { fields: ['name', 'slug'] },
    },
    sort: ['publishedOn:desc', 'id:desc'],
    pagination: { page: filters.page, pageSize: REPORTS_PAGE_SIZE },
  };
  return cached(`reports:list:${locale}:${JSON.stringify(filters)}`, TAGS, (cms) =>
    cms.find('/reports', ReportListItem, query),
  );
}

/** Everything the filter form offers: countries, topics, and the years that have reports. */
export function reportFacets(locale: Locale) {
  return cached(`reports:facets:${locale}`, TAGS, async (cms) => {
    const [countries, topics, dates] = await Promise.all([
      cms.findAll('/countries', Country, {
        locale,
        sort: ['name:asc'],
        fields: ['name', 'slug', 'code'],
      }),
      cms.findAll('/topics', Topic, { locale, sort: ['name:asc'], fields: ['name', 'slug'] }),
      cms.findAll('/reports', Report.pick({ id: true, documentId: true, publishedOn: true }), {
        locale,
        fields: ['publishedOn'],
      }),
    ]);
    const years = [...new Set(dates.map((r) => Number(r.publishedOn.slice(0, 4))))].sort(
      (a, b) => b - a,
    );
    return { countries, topics, years };
  });
}

export function latestReports(locale: Locale, count = 3) {
  return cached(`reports:latest:${locale}:${count}`, TAGS, async (cms) => {
    const page = await cms.find('/reports', ReportListItem, {
      locale,
      fields: ['title', 'slug', 'summary', 'kind', 'publishedOn'],
      populate: { countries: { fields: ['name', 'slug', 'code'] } },
      sort: ['publishedOn:desc', 'id:desc'],
      pagination: { page: 1, pageSize: count },
    });
    return page.data;
  });
}

export function getReport(locale: Locale, slug: string) {
  return cached(`reports:one:${locale}:${slug}`, [...TAGS, 'session'], (cms) =>
    cms.findBySlug('/reports', Report, slug, {
      locale,
      populate: {
        authors: true,
        countries: { fields: ['name', 'slug', 'code'] },
        topics: { fields: ['name', 'slug'] },
        sessions: { fields: ['title', 'slug', 'ordinal'] },
        cover: true,
        pdf: true,
      },
    }),
  );
}

/** Every published report, without bodies: for the sitemap and the feed. */
export function allReports(locale: Locale) {
  return cached(`reports:all:${locale}`, ['report'], (cms) =>
    cms.findAll('/reports', ReportListItem, {
      locale,
      fields: ['title', 'slug', 'summary', 'kind', 'publishedOn', 'updatedAt'],
      sort: ['publishedOn:desc', 'id:desc'],
    }),
  );
}
