/**
 * Which demo pages to measure, read from the CMS as the site reads it (with the read token), and
 * which CMS request stands behind a page, read from the CMS's own request log.
 */

async function firstSlug(cmsUrl, token, path) {
  const response = await fetch(`${cmsUrl}/api${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET /api${path} answered ${response.status}`);
  const slug = (await response.json()).data?.[0]?.slug;
  if (!slug) throw new Error(`GET /api${path} found nothing: is the demo content seeded?`);
  return slug;
}

/**
 * The newest report and minutes, and the session a reader is most likely to open: the next one
 * taking registrations (its page carries the form), else the latest.
 */
export async function demoPages(cmsUrl, token) {
  const latest = 'locale=ja&pagination[pageSize]=1&fields[0]=slug';
  const [report, minutes] = await Promise.all([
    firstSlug(cmsUrl, token, `/reports?${latest}&sort[0]=publishedOn:desc`),
    firstSlug(cmsUrl, token, `/minutes?${latest}&sort[0]=heldOn:desc`),
  ]);
  const session = await firstSlug(
    cmsUrl,
    token,
    `/sessions?${latest}&filters[registrationOpen][$eq]=true&sort[0]=ordinal:desc`,
  ).catch(() => firstSlug(cmsUrl, token, `/sessions?${latest}&sort[0]=ordinal:desc`));
  return {
    home: '/ja',
    reports: '/ja/reports',
    report: `/ja/reports/${report}`,
    session: `/ja/sessions/${session}`,
    minutes: `/ja/minutes/${minutes}`,
  };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The last `GET /api/<collection>?…` in Strapi's request log (`http: GET <url> (n ms) 200`) that
 * filters on `slug`. Pure.
 */
export function loggedCmsRequest(log, collection, slug) {
  const wanted = `filters[slug][$eq]=${encodeURIComponent(slug)}`;
  let found;
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = /\bGET (\/api\/[^\s?]+\?\S+) \(\d+ ms\) 200/.exec(line);
    if (match?.[1].startsWith(`/api/${collection}?`) && match[1].includes(wanted)) found = match[1];
  }
  return found;
}
