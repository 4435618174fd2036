import { isLocale, defaultLocale } from '@assc/schemas';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { isNotModified, pageCacheKey, type CachedPage } from '@assc/page-cache';
import { site } from '$lib/server/cms';
import { collectTags } from '$lib/server/page-tags';

/** Fails fast: a site that cannot reach the CMS correctly should not start at all. */
export const init: ServerInit = () => {
  site();
};

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** Public pages may be kept briefly by browsers; the webhook keeps the server's copy fresh. */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

/**
 * A cached page as SvelteKit returns it. `server.js` answers most hits before this runs, with
 * a precompressed body; this path serves `node build` and the first reader after a restart.
 */
function fromCache(page: CachedPage, request: Request): Response {
  const headers = new Headers(page.headers.map(([name, value]) => [name, value]));
  headers.set('etag', page.etag);
  headers.set('vary', 'Accept-Encoding');
  if (
    page.status === 200 &&
    isNotModified(request.headers.get('if-none-match') ?? undefined, page.etag)
  ) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(page.identity), {
    status: page.status,
    headers,
  });
}

export const handle: Handle = async ({ event, resolve }) => {
  const first = event.url.pathname.split('/')[1] ?? '';
  event.locals.locale = isLocale(first) ? first : defaultLocale;

  const { pages } = site();
  // The raw URL: SvelteKit rewrites `event.url` of a `__data.json` request to the page's URL.
  const raw = new URL(event.request.url);
  const key = pages.enabled
    ? pageCacheKey(event.request.method, raw.pathname + raw.search)
    : undefined;
  const hit = key ? pages.lookup(key) : undefined;
  if (hit) return fromCache(hit, event.request);

  const epoch = pages.epoch;
  const tags = new Set<string>();
  const response = await collectTags(tags, () =>
    resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
    }),
  );

  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  const cacheable =
    event.request.method === 'GET' &&
    response.status === 200 &&
    !response.headers.has('cache-control') &&
    !response.headers.has('set-cookie') &&
    !event.url.pathname.startsWith('/api/');
  if (cacheable) response.headers.set('cache-control', PUBLIC_CACHE);
  else if (!response.headers.has('cache-control'))
    response.headers.set('cache-control', 'no-store');

  // Only what any reader may see: a page that set its own private or no-store header (form
  // results, cancellation) never reaches the shared cache.
  const shareable = response.headers.get('cache-control')?.startsWith('public') === true;
  if (key && event.request.method === 'GET' && response.status === 200 && shareable) {
    const body = Buffer.from(await response.arrayBuffer());
    const page = pages.store(key, { status: 200, headers: response.headers, body, tags }, epoch);
    return fromCache(page, event.request);
  }
  return response;
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) console.error(`[site] ${event.request.method} ${event.url.pathname}:`, error);
  return {
    message: status === 404 ? 'not_found' : message,
    code: status === 404 ? 'not_found' : 'internal',
  };
};
