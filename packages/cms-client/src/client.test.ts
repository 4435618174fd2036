import { Session, SiteSettings, singleResponse, Topic } from '@assc/schemas';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createCmsClient, type CmsClientOptions } from './client';
import { CmsError, CmsHttpError, CmsResponseError, CmsUnavailableError } from './errors';

type Call = { url: URL; init: RequestInit };
type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push({ url, init });
    return handler(url, init);
  };
  return { fetch, calls };
}

function json(body: unknown, status = 200, statusText = ''): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { 'Content-Type': 'application/json' },
  });
}

function client(handler: Handler, options: Partial<CmsClientOptions> = {}) {
  const fake = fakeFetch(handler);
  const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch: fake.fetch, ...options });
  return { cms, calls: fake.calls };
}

function strapiError(status: number, name: string, message: string, details: unknown = {}) {
  return json({ data: null, error: { status, name, message, details } }, status);
}

/** What a rejected promise was rejected with, for asserting on error properties. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

const topic = (id: number) => ({
  id,
  documentId: `topic${id}`,
  name: `Topic ${id}`,
  slug: `topic-${id}`,
  locale: 'ja',
});

const pagination = (page: number, pageSize: number, total: number) => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});

const session = {
  id: 12,
  documentId: 'h3k2session1',
  title: '第1回 外国人労働者ラウンドテーブル',
  slug: 'round-table-1',
  locale: 'ja',
  ordinal: 1,
  theme: null,
  sessionStatus: 'held',
  registrationOpen: false,
  registrationDeadline: null,
  createdAt: '2018-09-01T00:00:00.000Z',
  updatedAt: '2018-09-01T00:00:00.000Z',
  publishedAt: '2018-09-01T00:00:00.000Z',
};

describe('requests', () => {
  it('puts the Strapi query on the URL under /api', async () => {
    const { cms, calls } = client(() =>
      json({ data: [], meta: { pagination: pagination(1, 25, 0) } }),
    );
    await cms.find('/sessions', Session, {
      locale: 'en',
      filters: { sessionStatus: { $eq: 'scheduled' } },
      populate: { venues: true },
      pagination: { page: 1, pageSize: 25 },
    });
    expect(calls).toHaveLength(1);
    const url = calls[0]?.url;
    expect(url?.origin + (url?.pathname ?? '')).toBe('http://cms.test/api/sessions');
    expect(decodeURIComponent(url?.search ?? '')).toBe(
      '?locale=en&filters[sessionStatus][$eq]=scheduled&populate[venues]=true&pagination[page]=1&pagination[pageSize]=25',
    );
  });

  it('joins a base URL with a trailing slash and a path without a leading one', async () => {
    const { cms, calls } = client(
      () => json({ data: [], meta: { pagination: pagination(1, 25, 0) } }),
      {
        baseUrl: 'http://cms.test:1337/',
      },
    );
    await cms.find('topics', Topic);
    expect(calls[0]?.url.href).toBe('http://cms.test:1337/api/topics');
  });

  it('sends the API token as a bearer token', async () => {
    const { cms, calls } = client(
      () => json({ data: [], meta: { pagination: pagination(1, 25, 0) } }),
      {
        token: 'secret-token',
      },
    );
    await cms.find('/topics', Topic);
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.get('Authorization')).toBe('Bearer secret-token');
    expect(headers.get('Accept')).toBe('application/json');
  });

  it('sends no Authorization header without a token', async () => {
    const { cms, calls } = client(() =>
      json({ data: [], meta: { pagination: pagination(1, 25, 0) } }),
    );
    await cms.find('/topics', Topic);
    expect(new Headers(calls[0]?.init.headers).has('Authorization')).toBe(false);
  });

  it('refuses a base URL that is not an http(s) URL when the client is created', () => {
    expect(() => createCmsClient({ baseUrl: 'cms:1337' })).toThrow(TypeError);
    expect(() => createCmsClient({ baseUrl: 'not a url' })).toThrow(TypeError);
  });
});

describe('find', () => {
  it('returns validated data and pagination, without fields the schema does not know', async () => {
    const { cms } = client(() =>
      json({ data: [{ ...topic(1), secret: 'x' }], meta: { pagination: pagination(1, 25, 1) } }),
    );
    const result = await cms.find('/topics', Topic);
    expect(result).toEqual({ data: [topic(1)], meta: { pagination: pagination(1, 25, 1) } });
    expectTypeOf(result.data).toEqualTypeOf<Topic[]>();
  });
});

describe('findAll', () => {
  const pages =
    (total: number): Handler =>
    (url) => {
      const page = Number(url.searchParams.get('pagination[page]'));
      const pageSize = Number(url.searchParams.get('pagination[pageSize]'));
      const ids = Array.from({ length: total }, (_, index) => index + 1);
      const data = ids.slice((page - 1) * pageSize, page * pageSize).map(topic);
      return json({ data, meta: { pagination: pagination(page, pageSize, total) } });
    };

  it('walks every page, 100 at a time, in a stable order', async () => {
    const { cms, calls } = client(pages(250));
    const topics = await cms.findAll('/topics', Topic, { locale: 'ja', sort: 'name:asc' });
    expect(topics.map((item) => item.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(calls.map(({ url }) => url.searchParams.get('pagination[page]'))).toEqual([
      '1',
      '2',
      '3',
    ]);
    for (const { url } of calls) {
      expect(url.searchParams.get('pagination[pageSize]')).toBe('100');
      expect(url.searchParams.get('locale')).toBe('ja');
      expect(url.searchParams.getAll('sort[0]')).toEqual(['name:asc']);
      expect(url.searchParams.getAll('sort[1]')).toEqual(['id:asc']);
    }
  });

  it('makes one request for a short collection', async () => {
    const { cms, calls } = client(pages(3));
    expect(await cms.findAll('/topics', Topic)).toHaveLength(3);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.searchParams.get('sort[0]')).toBe('id:asc');
  });

  it('makes one request for an empty collection', async () => {
    const { cms, calls } = client(pages(0));
    expect(await cms.findAll('/topics', Topic)).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('refuses to walk more than maxPages instead of returning a truncated list', async () => {
    const { cms, calls } = client(pages(450));
    const error = await rejectionOf(cms.findAll('/topics', Topic, {}, { maxPages: 3 }));
    expect(error).toBeInstanceOf(CmsResponseError);
    expect((error as CmsResponseError).message).toContain('5 pages of 100 exceed maxPages (3)');
    expect(calls).toHaveLength(1);
  });
});

describe('findBySlug', () => {
  it('filters on the slug, keeping the caller’s filters, and returns the document', async () => {
    const { cms, calls } = client(() =>
      json({ data: [session], meta: { pagination: pagination(1, 1, 1) } }),
    );
    const found = await cms.findBySlug('/sessions', Session, 'round-table-1', {
      locale: 'ja',
      filters: { sessionStatus: { $ne: 'cancelled' } },
    });
    expect(found?.title).toBe(session.title);
    expectTypeOf(found).toEqualTypeOf<Session | null>();
    const params = calls[0]?.url.searchParams;
    expect(params?.get('filters[sessionStatus][$ne]')).toBe('cancelled');
    expect(params?.get('filters[slug][$eq]')).toBe('round-table-1');
    expect(params?.get('pagination[pageSize]')).toBe('1');
    expect(params?.get('locale')).toBe('ja');
  });

  it('returns null when nothing matches', async () => {
    const { cms } = client(() => json({ data: [], meta: { pagination: pagination(1, 1, 0) } }));
    expect(await cms.findBySlug('/sessions', Session, 'no-such-session')).toBeNull();
  });

  it('returns null for something that cannot be a slug, without asking the CMS', async () => {
    const { cms, calls } = client(() => json({}));
    expect(await cms.findBySlug('/sessions', Session, '../admin')).toBeNull();
    expect(await cms.findBySlug('/sessions', Session, '')).toBeNull();
    expect(calls).toHaveLength(0);
  });
});

describe('findOne and findSingle', () => {
  it('fetches a document by documentId', async () => {
    const { cms, calls } = client(() => json({ data: session, meta: {} }));
    const found = await cms.findOne('/sessions', Session, 'h3k2session1', { locale: 'ja' });
    expect(found?.slug).toBe('round-table-1');
    expect(calls[0]?.url.pathname).toBe('/api/sessions/h3k2session1');
  });

  it('encodes the documentId into a single path segment', async () => {
    const { cms, calls } = client(() => json({ data: session, meta: {} }));
    await cms.findOne('/sessions', Session, 'a/../b');
    expect(calls[0]?.url.pathname).toBe('/api/sessions/a%2F..%2Fb');
  });

  it('returns null on 404', async () => {
    const { cms } = client(() => strapiError(404, 'NotFoundError', 'Not Found'));
    expect(await cms.findOne('/sessions', Session, 'missing')).toBeNull();
  });

  it('returns a single type', async () => {
    const settings = {
      id: 1,
      documentId: 'settings1',
      organizationName: 'ASSC',
      about: 'About',
      contactEmail: 'info@example.org',
      privacyPolicy: 'Policy',
      locale: 'en',
    };
    const { cms, calls } = client(() => json({ data: settings, meta: {} }));
    const found = await cms.findSingle('/site-setting', SiteSettings, { locale: 'en' });
    expect(found).toEqual(settings);
    expectTypeOf(found).toEqualTypeOf<SiteSettings | null>();
    expect(calls[0]?.url.pathname).toBe('/api/site-setting');
  });

  it('returns null for a single type with no entry', async () => {
    const { cms } = client(() => strapiError(404, 'NotFoundError', 'Not Found'));
    expect(await cms.findSingle('/site-setting', SiteSettings)).toBeNull();
  });
});

describe('HTTP errors', () => {
  it.each([
    [400, 'ValidationError', 'Invalid key registrations'],
    [401, 'UnauthorizedError', 'Missing or invalid credentials'],
    [403, 'ForbiddenError', 'Forbidden'],
    [404, 'NotFoundError', 'Not Found'],
    [500, 'InternalServerError', 'Internal Server Error'],
  ])('%i %s becomes a CmsHttpError with Strapi’s message', async (status, name, message) => {
    const { cms } = client(() => strapiError(status, name, message, { key: 'registrations' }));
    const error = await rejectionOf(cms.find('/sessions', Session));
    expect(error).toBeInstanceOf(CmsHttpError);
    expect(error).toBeInstanceOf(CmsError);
    expect(error).toMatchObject({
      name: 'CmsHttpError',
      status,
      strapiName: name,
      strapiMessage: message,
      details: { key: 'registrations' },
      path: '/sessions',
      url: 'http://cms.test/api/sessions',
    });
    expect((error as Error).message).toBe(`CMS responded ${status} for /sessions: ${message}`);
  });

  it('copes with an error page that is not Strapi JSON', async () => {
    const { cms } = client(
      () => new Response('<h1>Oops</h1>', { status: 500, statusText: 'Internal Server Error' }),
    );
    const error = await rejectionOf(cms.find('/sessions', Session));
    expect(error).toBeInstanceOf(CmsHttpError);
    expect(error).toMatchObject({ status: 500, strapiMessage: 'Internal Server Error' });
  });

  it('findBySlug does not hide a 403 as "not found"', async () => {
    const { cms } = client(() => strapiError(403, 'ForbiddenError', 'Forbidden'));
    await expect(cms.findBySlug('/sessions', Session, 'x')).rejects.toBeInstanceOf(CmsHttpError);
    await expect(cms.findOne('/sessions', Session, 'x')).rejects.toBeInstanceOf(CmsHttpError);
  });

  it.each([502, 503, 504])(
    '%i from a proxy or a restarting CMS means unavailable',
    async (status) => {
      const { cms } = client(() => new Response('Bad gateway', { status }));
      const error = await rejectionOf(cms.find('/sessions', Session));
      expect(error).toBeInstanceOf(CmsUnavailableError);
      expect(error).toMatchObject({ status, timedOut: false });
    },
  );
});

describe('unavailable CMS', () => {
  it('turns a timeout into CmsUnavailableError', async () => {
    const { cms } = client(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
      { timeoutMs: 20 },
    );
    const started = Date.now();
    const error = await rejectionOf(cms.find('/sessions', Session));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect(error).toMatchObject({ timedOut: true, path: '/sessions' });
    expect((error as Error).message).toBe('CMS unavailable for /sessions: no answer within 20 ms');
  });

  it('applies the timeout to reading the body too', async () => {
    const { cms } = client(
      (_url, init) => {
        const body = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"data":'));
            init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
          },
        });
        return new Response(body, { status: 200 });
      },
      { timeoutMs: 20 },
    );
    await expect(cms.find('/sessions', Session)).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it('turns a refused connection into CmsUnavailableError naming the cause', async () => {
    const { cms } = client(() => {
      throw new TypeError('fetch failed', {
        cause: new Error('connect ECONNREFUSED 127.0.0.1:1337'),
      });
    });
    const error = await rejectionOf(cms.find('/sessions', Session));
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect(error).toMatchObject({ timedOut: false });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it('passes the caller’s own abort through unchanged', async () => {
    const controller = new AbortController();
    const { cms } = client(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const pending = rejectionOf(
      cms.request('/sessions', undefined, z.unknown(), { signal: controller.signal }),
    );
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(CmsError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('malformed responses', () => {
  it('rejects a body that is not JSON', async () => {
    const { cms } = client(() => new Response('<html>proxy login</html>', { status: 200 }));
    const error = await rejectionOf(cms.find('/sessions', Session));
    expect(error).toBeInstanceOf(CmsResponseError);
    expect((error as CmsResponseError).summary).toBe('body is not JSON: <html>proxy login</html>');
  });

  it('rejects a body of the wrong shape, naming each problem by path', async () => {
    const { cms } = client(() =>
      json({
        data: [session, { ...session, sessionStatus: 'postponed', slug: 'has space' }],
        meta: { pagination: pagination(1, 25, 2) },
      }),
    );
    const error = await rejectionOf(cms.find('/sessions', Session));
    expect(error).toBeInstanceOf(CmsResponseError);
    const { issues, summary, message, path } = error as CmsResponseError;
    expect(path).toBe('/sessions');
    expect(issues.map((issue) => issue.path)).toEqual(['data[1].slug', 'data[1].sessionStatus']);
    expect(summary).toMatch(/^data\[1\]\.slug: .+; data\[1\]\.sessionStatus: .+scheduled.+$/);
    expect(message).toBe(`Malformed CMS response for /sessions: ${summary}`);
  });

  it('summarises a flood of issues in one line', async () => {
    const { cms } = client(() =>
      json({
        data: Array.from({ length: 8 }, () => ({})),
        meta: { pagination: pagination(1, 25, 8) },
      }),
    );
    const error = await rejectionOf(cms.find('/topics', Topic));
    expect((error as CmsResponseError).issues.length).toBeGreaterThan(5);
    expect((error as CmsResponseError).summary).toMatch(/; \(\+\d+ more\)$/);
  });

  it('rejects a Strapi 4 style response', async () => {
    const { cms } = client(() =>
      json({ data: [{ id: 1, attributes: topic(1) }], meta: { pagination: pagination(1, 25, 1) } }),
    );
    await expect(cms.find('/topics', Topic)).rejects.toBeInstanceOf(CmsResponseError);
  });
});

describe('post', () => {
  const created = z.object({ data: z.object({ documentId: z.string() }) });

  it('sends JSON with the bearer token and validates the answer', async () => {
    const { cms, calls } = client(() => json({ data: { documentId: 'reg1', extra: 1 } }, 201), {
      token: 'write-token',
    });
    const body = { data: { venue: 'tokyo', name: '山田 太郎' } };
    const result = await cms.post('/registrations', body, created);
    expect(result).toEqual({ data: { documentId: 'reg1' } });
    const { init, url } = calls[0] ?? {};
    expect(url?.pathname).toBe('/api/registrations');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(JSON.stringify(body));
    const headers = new Headers(init?.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Authorization')).toBe('Bearer write-token');
  });

  it('reports Strapi’s validation error', async () => {
    const details = { errors: [{ path: ['email'], message: 'email must be a valid email' }] };
    const { cms } = client(() => strapiError(400, 'ValidationError', 'Invalid email', details));
    const error = await rejectionOf(cms.post('/registrations', {}, created));
    expect(error).toMatchObject({ status: 400, strapiName: 'ValidationError', details });
  });
});

describe('request', () => {
  it('validates the whole body with the schema given', async () => {
    const { cms } = client(() => json({ data: session, meta: {} }));
    const result = await cms.request(
      '/sessions/h3k2session1',
      { locale: 'ja' },
      singleResponse(Session),
    );
    expect(result.data.slug).toBe('round-table-1');
  });
});
