import { locales, type Locale } from '@assc/schemas';
import { fromCms } from '$lib/server/cms-errors';
import { allMinutes } from '$lib/server/content/minutes';
import { allReports } from '$lib/server/content/reports';
import { listSessions } from '$lib/server/content/sessions';
import { escapeXml } from '$lib/server/xml';
import type { RequestHandler } from './$types';

interface Page {
  path: string;
  lastmod?: string | undefined;
}

/** Slugs are shared by both languages, so one list of paths covers ja and en. */
async function pagesOf(locale: Locale): Promise<Page[]> {
  const [sessions, reports, minutes] = await Promise.all([
    listSessions(locale),
    allReports(locale),
    allMinutes(locale),
  ]);
  return [
    { path: '' },
    { path: '/sessions' },
    { path: '/reports' },
    { path: '/minutes' },
    { path: '/about' },
    { path: '/privacy' },
    ...[...sessions.upcoming, ...sessions.past].map((s) => ({
      path: `/sessions/${s.slug}`,
      lastmod: s.updatedAt,
    })),
    ...reports.map((r) => ({ path: `/reports/${r.slug}`, lastmod: r.updatedAt })),
    ...minutes.map((m) => ({ path: `/minutes/${m.slug}`, lastmod: m.updatedAt })),
  ];
}

export const GET: RequestHandler = async ({ url }) => {
  const byLocale = await fromCms(() => Promise.all(locales.map((l) => pagesOf(l))));
  const available = new Map(locales.map((l, i) => [l, new Set(byLocale[i]!.map((p) => p.path))]));
  const entries = locales.flatMap((locale, i) =>
    byLocale[i]!.map((page) => {
      const alternates = locales
        .filter((other) => available.get(other)?.has(page.path))
        .map(
          (other) =>
            `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(`${url.origin}/${other}${page.path}`)}"/>`,
        )
        .join('');
      const lastmod = page.lastmod ? `<lastmod>${escapeXml(page.lastmod)}</lastmod>` : '';
      return `<url><loc>${escapeXml(`${url.origin}/${locale}${page.path}`)}</loc>${lastmod}${alternates}</url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
