import { CmsUnavailableError } from '@assc/cms-client';
import { describe, expect, it } from 'vitest';
import { ContentCache } from './cache';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const unavailable = () => new CmsUnavailableError('/api/x', 'http://cms/api/x', 'down');

describe('ContentCache', () => {
  it('loads once while fresh', async () => {
    const c = clock();
    const cache = new ContentCache({ ttlMs: 1000, now: c.now });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', ['report'], load)).toBe(1);
    c.advance(999);
    expect(await cache.get('k', ['report'], load)).toBe(1);
    c.advance(1);
    expect(await cache.get('k', ['report'], load)).toBe(2);
  });

  it('shares one load between concurrent callers', async () => {
    const cache = new ContentCache({ ttlMs: 1000 });
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    const results = await Promise.all([cache.get('k', [], load), cache.get('k', [], load)]);
    expect(results).toEqual([1, 1]);
  });

  it('drops exactly the entries tagged with what changed', async () => {
    const cache = new ContentCache({ ttlMs: 60_000 });
    await cache.get('reports', ['report'], async () => 'r');
    await cache.get('home', ['report', 'session'], async () => 'h');
    await cache.get('minutes', ['minute'], async () => 'm');
    expect(cache.invalidate(['report'])).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('does not store a load that an invalidation overtook', async () => {
    const cache = new ContentCache({ ttlMs: 60_000 });
    let release: (v: string) => void = () => {};
    const pending = cache.get('k', ['report'], () => new Promise<string>((r) => (release = r)));
    cache.invalidate(['report']);
    release('old');
    expect(await pending).toBe('old');
    expect(await cache.get('k', ['report'], async () => 'new')).toBe('new');
  });

  it('serves a stale answer when the CMS is unavailable, but not other errors', async () => {
    const c = clock();
    const cache = new ContentCache({ ttlMs: 10, now: c.now });
    await cache.get('k', [], async () => 'cached');
    c.advance(100);
    expect(
      await cache.get('k', [], async () => {
        throw unavailable();
      }),
    ).toBe('cached');
    await expect(
      cache.get('k', [], async () => {
        throw new Error('bug');
      }),
    ).rejects.toThrow('bug');
    await expect(
      cache.get('other', [], async () => {
        throw unavailable();
      }),
    ).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = new ContentCache({ ttlMs: 60_000, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, [], async () => key);
    expect(cache.size).toBe(2);
    let reloaded = false;
    await cache.get('a', [], async () => {
      reloaded = true;
      return 'a';
    });
    expect(reloaded).toBe(true);
  });
});
