import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, isNotModified, pageCacheKey, sendPage } from './http';
import { PageCache } from './page-cache';

describe('pageCacheKey', () => {
  it.each([
    ['GET', '/ja/reports?kind=overseas', '/ja/reports?kind=overseas'],
    ['HEAD', '/ja', '/ja'],
    ['POST', '/ja/sessions/x?/register', undefined],
    ['GET', '/ja/registrations/cancel?token=abc', undefined],
    ['GET', '/ja/x?a=1&token=abc', undefined],
    ['GET', 'http://evil.example/ja', undefined],
    ['GET', undefined, undefined],
  ])('%s %s → %s', (method, url, key) => {
    expect(pageCacheKey(method, url)).toBe(key);
  });
});

describe('chooseEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['*;q=0', 'identity'],
  ])('%s → %s', (header, encoding) => {
    expect(chooseEncoding(header)).toBe(encoding);
  });
});

describe('isNotModified', () => {
  it('matches strong and weak forms in a list, and *', () => {
    expect(isNotModified('"a", W/"b"', '"b"')).toBe(true);
    expect(isNotModified('*', '"b"')).toBe(true);
    expect(isNotModified('"c"', '"b"')).toBe(false);
    expect(isNotModified(undefined, '"b"')).toBe(false);
  });
});

describe('sendPage over real HTTP', () => {
  const cache = new PageCache({ ttlMs: 60_000 });
  const html = '<!doctype html><title>t</title>' + '報告書 '.repeat(500);
  const stored = cache.store(
    '/ja',
    {
      status: 200,
      headers: [
        ['content-type', 'text/html; charset=utf-8'],
        ['cache-control', 'public, max-age=60'],
      ],
      body: html,
      tags: [],
    },
    cache.epoch,
  );
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((req, res) => sendPage(req, res, stored));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(headers: Record<string, string>, method = 'GET') {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request({ port, host: '127.0.0.1', path: '/ja', method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        });
        req.on('error', reject);
        req.end();
      },
    );
  }

  it('sends gzip to a gzip reader, with the page’s own headers', async () => {
    const res = await get({ 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.headers['etag']).toBe(stored.etag);
    expect(gunzipSync(res.body).toString()).toBe(html);
  });

  it('sends plain bytes when no encoding is accepted, and nothing for HEAD', async () => {
    const plain = await get({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    const head = await get({}, 'HEAD');
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(html));
  });

  it('answers 304 to a reader who has this version', async () => {
    const res = await get({ 'if-none-match': stored.etag, 'accept-encoding': 'br' });
    expect(res.status).toBe(304);
    expect(res.body.length).toBe(0);
  });
});
