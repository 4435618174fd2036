import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedPage } from './page-cache';

/**
 * The cache key for a request, or undefined when the request must not be answered from the
 * cache. Only reads qualify; a query carrying a token belongs to one person.
 */
export function pageCacheKey(
  method: string | undefined,
  url: string | undefined,
): string | undefined {
  if ((method !== 'GET' && method !== 'HEAD') || !url || !url.startsWith('/')) return undefined;
  if (/[?&]token=/.test(url)) return undefined;
  return url;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** Browsers send a handful of distinct values; parsing each once keeps hits cheap. */
const chosen = new Map<string, Encoding>();

/** Brotli when offered, else gzip, else none; a `q=0` refuses an encoding. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const known = chosen.get(acceptEncoding);
  if (known) return known;
  const encoding = parseAcceptEncoding(acceptEncoding);
  if (chosen.size < 256) chosen.set(acceptEncoding, encoding);
  return encoding;
}

function parseAcceptEncoding(acceptEncoding: string): Encoding {
  const offered = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    offered.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/** Whether the reader's copy is this page (a weak comparison, as RFC 9110 asks for GETs). */
export function isNotModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends a cached page: 304 when the reader has it, else the best encoding they accept. */
export function sendPage(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  if (page.status === 200 && isNotModified(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, page.wire.notModified);
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  res.writeHead(page.status, page.wire[encoding]);
  res.end(
    req.method === 'HEAD' ? undefined : encoding === 'identity' ? page.identity : page[encoding],
  );
}
