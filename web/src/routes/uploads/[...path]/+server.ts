import { error } from '@sveltejs/kit';
import { site } from '$lib/server/cms';
import type { RequestHandler } from './$types';

const PASSED_HEADERS = ['content-type', 'content-length', 'last-modified', 'etag'];

/**
 * Media uploaded in the CMS (`/uploads/…`) are served from the site's own origin, so readers'
 * browsers never need the CMS's address and the CSP can stay `self`.
 */
export const GET: RequestHandler = async ({ params, request }) => {
  if (!/^[\w.\-/]+$/.test(params.path) || params.path.includes('..')) error(404, 'not_found');
  const { env } = site();
  const upstream = await fetch(new URL(`/uploads/${params.path}`, env.CMS_URL), {
    headers: { 'if-none-match': request.headers.get('if-none-match') ?? '' },
    signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS * 4),
  }).catch(() => null);
  if (!upstream) error(503, { message: 'unavailable', code: 'unavailable' });
  if (upstream.status === 304) return new Response(null, { status: 304 });
  if (!upstream.ok || !upstream.body) error(404, { message: 'not_found', code: 'not_found' });

  const headers = new Headers({ 'cache-control': 'public, max-age=86400' });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { headers });
};
