import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

function page(body: string, tags: string[] = ['report']) {
  return {
    status: 200,
    headers: [
      ['Content-Type', 'text/html'],
      ['Content-Length', String(body.length)],
      ['cache-control', 'public, max-age=60'],
    ] as const,
    body,
    tags,
  };
}

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('PageCache', () => {
  it('stores a page once, compressed both ways, with a stable strong ETag', () => {
    const cache = new PageCache({ ttlMs: 1000 });
    const html = '<!doctype html><p>' + 'ラウンドテーブル '.repeat(200);
    const stored = cache.store('/ja', page(html), cache.epoch);
    expect(cache.lookup('/ja')).toBe(stored);
    expect(gunzipSync(stored.gzip).toString()).toBe(html);
    expect(brotliDecompressSync(stored.br).toString()).toBe(html);
    expect(stored.br.length).toBeLessThan(stored.identity.length / 4);
    expect(stored.etag).toMatch(/^"[\w-]{27}"$/);
    expect(cache.store('/ja', page(html), cache.epoch).etag).toBe(stored.etag);
    expect(stored.headers).toEqual([
      ['content-type', 'text/html'],
      ['cache-control', 'public, max-age=60'],
    ]);
  });

  it('forgets a page after the TTL', () => {
    const time = clock();
    const cache = new PageCache({ ttlMs: 1000, now: time.now });
    cache.store('/ja', page('a'), cache.epoch);
    time.advance(999);
    expect(cache.lookup('/ja')).toBeDefined();
    time.advance(1);
    expect(cache.lookup('/ja')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('drops exactly the pages tagged with what changed', () => {
    const cache = new PageCache({ ttlMs: 1000 });
    cache.store('/ja/reports', page('r', ['report', 'site-setting']), cache.epoch);
    cache.store('/ja/minutes', page('m', ['minute', 'site-setting']), cache.epoch);
    expect(cache.invalidate(['report'])).toBe(1);
    expect(cache.lookup('/ja/reports')).toBeUndefined();
    expect(cache.lookup('/ja/minutes')).toBeDefined();
    expect(cache.invalidate(['site-setting'])).toBe(1);
    expect(cache.size).toBe(0);
  });

  it('does not keep a page rendered before an invalidation', () => {
    const cache = new PageCache({ ttlMs: 1000 });
    const epoch = cache.epoch;
    cache.invalidate(['report']);
    const sent = cache.store('/ja/reports', page('old'), epoch);
    expect(sent.identity.toString()).toBe('old');
    expect(cache.lookup('/ja/reports')).toBeUndefined();
  });

  it('keeps nothing when turned off, but still prepares the response', () => {
    const cache = new PageCache({ ttlMs: 0 });
    expect(cache.enabled).toBe(false);
    expect(cache.store('/ja', page('a'), cache.epoch).identity.toString()).toBe('a');
    expect(cache.lookup('/ja')).toBeUndefined();
  });

  it('evicts the oldest pages beyond its entry and byte limits', () => {
    const cache = new PageCache({ ttlMs: 1000, maxEntries: 2 });
    for (const key of ['/a', '/b', '/c']) cache.store(key, page(key), cache.epoch);
    expect(cache.lookup('/a')).toBeUndefined();
    expect(cache.size).toBe(2);

    const small = new PageCache({ ttlMs: 1000, maxBytes: 4000 });
    const noise = (n: number) => Array.from({ length: 300 }, (_, i) => (i * n) % 97).join('');
    small.store('/x', page(noise(7)), small.epoch);
    small.store('/y', page(noise(11)), small.epoch);
    expect(small.bytes).toBeLessThanOrEqual(4000);
    expect(small.lookup('/y')).toBeDefined();
  });
});
