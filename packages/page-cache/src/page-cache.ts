import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A response as it was rendered, ready to be sent again in any encoding the reader accepts. */
export interface CachedPage {
  status: number;
  /** Lower-case names; without the per-encoding ones (length, encoding, etag, vary). */
  headers: readonly (readonly [string, string])[];
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
  tags: readonly string[];
  storedAt: number;
  /**
   * Every header of each possible answer as a flat [name, value, …] list, built once here so
   * that a hit costs one `writeHead` call rather than a dozen `setHeader` calls.
   */
  wire: Record<'identity' | 'gzip' | 'br' | 'notModified', string[]>;
}

export interface PageToStore {
  status: number;
  headers: Iterable<readonly [string, string]>;
  body: Buffer | string;
  tags: Iterable<string>;
}

export interface PageCacheOptions {
  /** 0 turns the cache off. */
  ttlMs: number;
  maxEntries?: number;
  /** Bounds memory whatever the URLs (search queries make endless keys). */
  maxBytes?: number;
  now?: () => number;
}

/**
 * Headers not kept: those describing one encoding of the body (each answer sets its own), and
 * SvelteKit's page marker. A `link` header is kept only when it preloads modules (see below).
 */
const NOT_KEPT = new Set([
  'content-length',
  'content-encoding',
  'etag',
  'vary',
  'transfer-encoding',
  'x-sveltekit-page',
]);

function wireHeaders(
  headers: readonly (readonly [string, string])[],
  etag: string,
  body?: { length: number; encoding?: 'gzip' | 'br' },
): string[] {
  const flat = headers.flatMap(([name, value]) => [name, value]);
  flat.push('etag', etag, 'vary', 'Accept-Encoding', 'x-page-cache', 'hit');
  if (body?.encoding) flat.push('content-encoding', body.encoding);
  if (body) flat.push('content-length', String(body.length));
  return flat;
}

function sizeOf(page: CachedPage): number {
  return page.identity.length + page.gzip.length + page.br.length;
}

/**
 * Whole rendered pages for anonymous GETs, compressed once when stored rather than on every
 * request, and tagged with the content types they drew on so the publish webhook can drop
 * exactly the pages an edit touched. The TTL bounds staleness if a webhook is lost.
 */
export class PageCache {
  readonly #entries = new Map<string, CachedPage>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #now: () => number;
  #bytes = 0;
  #epoch = 0;

  constructor(options: PageCacheOptions) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries ?? 1000;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.#ttlMs > 0;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /**
   * Taken before rendering starts and handed to `store`: a page rendered from content that an
   * invalidation has since dropped must not be stored after it.
   */
  get epoch(): number {
    return this.#epoch;
  }

  lookup(key: string): CachedPage | undefined {
    const page = this.#entries.get(key);
    if (!page) return undefined;
    if (this.#now() - page.storedAt >= this.#ttlMs) {
      this.#delete(key, page);
      return undefined;
    }
    return page;
  }

  /** Returns the page ready to send, whether or not it could be kept. */
  store(key: string, input: PageToStore, epoch: number): CachedPage {
    const identity = typeof input.body === 'string' ? Buffer.from(input.body) : input.body;
    const headers = [...input.headers]
      .map(([name, value]) => [name.toLowerCase(), value] as const)
      .filter(([name]) => !NOT_KEPT.has(name))
      // CSS preloads repeat what the stored HTML says; module preloads let a page with
      // JavaScript fetch its modules in parallel, so those stay.
      .filter(([name, value]) => name !== 'link' || value.includes('modulepreload'));
    const gzip = gzipSync(identity, { level: 9 });
    const br = brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 10,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    });
    const etag = `"${createHash('sha1').update(identity).digest('base64url')}"`;
    const page: CachedPage = {
      status: input.status,
      headers,
      identity,
      gzip,
      br,
      etag,
      tags: [...new Set(input.tags)],
      storedAt: this.#now(),
      wire: {
        identity: wireHeaders(headers, etag, identity),
        gzip: wireHeaders(headers, etag, { length: gzip.length, encoding: 'gzip' }),
        br: wireHeaders(headers, etag, { length: br.length, encoding: 'br' }),
        notModified: wireHeaders(headers, etag),
      },
    };
    const fits = sizeOf(page) <= this.#maxBytes / 4;
    if (this.enabled && epoch === this.#epoch && fits) {
      const previous = this.#entries.get(key);
      if (previous) this.#delete(key, previous);
      this.#entries.set(key, page);
      this.#bytes += sizeOf(page);
      this.#evict();
    }
    return page;
  }

  /** Drops every page that drew on any of `tags`. Returns how many were dropped. */
  invalidate(tags: readonly string[]): number {
    this.#epoch += 1;
    let dropped = 0;
    for (const [key, page] of this.#entries) {
      if (page.tags.some((tag) => tags.includes(tag))) {
        this.#delete(key, page);
        dropped += 1;
      }
    }
    return dropped;
  }

  clear(): void {
    this.#epoch += 1;
    this.#entries.clear();
    this.#bytes = 0;
  }

  #delete(key: string, page: CachedPage): void {
    this.#entries.delete(key);
    this.#bytes -= sizeOf(page);
  }

  #evict(): void {
    // Map keeps insertion order, so the first key is the one stored longest ago.
    for (const [key, page] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#delete(key, page);
    }
  }
}

const SHARED = Symbol.for('assc.page-cache');
type WithShared = typeof globalThis & { [SHARED]?: PageCache };

/**
 * One cache per process, shared by the site's custom server (which answers hits before
 * SvelteKit sees the request) and the SvelteKit app (which fills it). It lives on `globalThis`
 * because the two may load separate copies of this module.
 */
export function sharedPageCache(options: PageCacheOptions): PageCache {
  const holder = globalThis as WithShared;
  holder[SHARED] ??= new PageCache(options);
  return holder[SHARED];
}

/** The shared cache if the app has made it; the server never makes one with guessed options. */
export function existingPageCache(): PageCache | undefined {
  return (globalThis as WithShared)[SHARED];
}
