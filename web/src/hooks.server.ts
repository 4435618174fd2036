import { isLocale, defaultLocale } from '@assc/schemas';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { site } from '$lib/server/cms';

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

export const handle: Handle = async ({ event, resolve }) => {
  const first = event.url.pathname.split('/')[1] ?? '';
  event.locals.locale = isLocale(first) ? first : defaultLocale;

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });

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
  return response;
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) console.error(`[site] ${event.request.method} ${event.url.pathname}:`, error);
  return {
    message: status === 404 ? 'not_found' : message,
    code: status === 404 ? 'not_found' : 'internal',
  };
};
