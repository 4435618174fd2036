import {
  collectionResponse,
  singleResponse,
  StrapiErrorBody,
  type CollectionResponse,
} from '@assc/schemas';
import type { z } from 'zod';
import { CmsHttpError, CmsResponseError, CmsUnavailableError } from './errors';
import { summarizeIssues, toResponseIssues } from './issues';
import { buildQueryString, type StrapiQuery } from './query';

export interface CmsClientOptions {
  /** The CMS origin, e.g. `http://127.0.0.1:1337`. */
  baseUrl: string;
  /** An API token; omitted, requests go out as Strapi's public role. */
  token?: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  /** Strapi's REST prefix (`api.rest.prefix`). */
  apiPrefix?: string;
}

export type CmsRequestInit = Omit<RequestInit, 'body'> & { body?: string };

export interface FindAllOptions {
  /** At 100 documents a page, 20 pages are 2,000 documents: far more than the site holds. */
  maxPages?: number;
}

export interface CmsClient {
  /** GET (or `init.method`) `path` and validate the whole body with `schema`. */
  request<S extends z.ZodType>(
    path: string,
    query: StrapiQuery | undefined,
    schema: S,
    init?: CmsRequestInit,
  ): Promise<z.output<S>>;
  /** One page of a collection type. */
  find<S extends z.ZodType>(
    path: string,
    schema: S,
    query?: StrapiQuery,
  ): Promise<CollectionResponse<z.output<S>>>;
  /** Every document of a collection type, page by page. */
  findAll<S extends z.ZodType>(
    path: string,
    schema: S,
    query?: StrapiQuery,
    options?: FindAllOptions,
  ): Promise<z.output<S>[]>;
  /** A document by `documentId`, or `null` when the CMS has none. */
  findOne<S extends z.ZodType>(
    path: string,
    schema: S,
    documentId: string,
    query?: StrapiQuery,
  ): Promise<z.output<S> | null>;
  /** The document whose `slug` matches, or `null`. */
  findBySlug<S extends z.ZodType>(
    path: string,
    schema: S,
    slug: string,
    query?: StrapiQuery,
  ): Promise<z.output<S> | null>;
  /** A single type, or `null` when it has no entry (for that locale). */
  findSingle<S extends z.ZodType>(
    path: string,
    schema: S,
    query?: StrapiQuery,
  ): Promise<z.output<S> | null>;
  /** JSON POST; `schema` validates the whole response body. */
  post<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    init?: CmsRequestInit,
  ): Promise<z.output<S>>;
}

const DEFAULT_TIMEOUT_MS = 5000;
const PAGE_SIZE = 100;
const DEFAULT_MAX_PAGES = 20;
/** Statuses a proxy or a restarting CMS answers with: nothing wrong with the request itself. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici reports the interesting part (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/**
 * `{ data: T | null }`. Spelled out because TypeScript cannot resolve zod's object output type
 * over a generic item schema.
 */
function singleOrNull<S extends z.ZodType>(schema: S): z.ZodType<{ data: z.output<S> | null }> {
  return singleResponse(schema.nullable()) as unknown as z.ZodType<{ data: z.output<S> | null }>;
}

/** Strapi 5's uid fields; a slug cannot be anything else, so don't ask the CMS. */
const SLUG = /^[A-Za-z0-9\-_.~]+$/;

/** Paging must be stable across requests: add `id` as the last sort key unless it is there. */
function withStableSort(sort: StrapiQuery['sort']): string[] {
  const keys = sort === undefined ? [] : typeof sort === 'string' ? [sort] : [...sort];
  return keys.some((key) => key === 'id' || key.startsWith('id:')) ? keys : [...keys, 'id:asc'];
}

export function createCmsClient(options: CmsClientOptions): CmsClient {
  const {
    token,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    fetch: fetchImpl = globalThis.fetch,
    apiPrefix = '/api',
  } = options;
  // Fail at start-up on a bad CMS_URL rather than on the first page view.
  const base = new URL(options.baseUrl);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new TypeError(`CMS base URL must be http(s): ${options.baseUrl}`);
  }
  const origin = base.href.replace(/\/+$/, '');
  const prefix = apiPrefix.replace(/\/+$/, '');

  async function send(
    path: string,
    query: StrapiQuery | undefined,
    init: CmsRequestInit,
  ): Promise<{ url: string; response: Response; text: string }> {
    const url = `${origin}${prefix}${path.startsWith('/') ? path : `/${path}`}${buildQueryString(query)}`;
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;

    try {
      const response = await fetchImpl(url, { ...init, headers, signal });
      // The body is read under the same deadline: a CMS that stalls mid-body is unavailable too.
      const text = await response.text();
      return { url, response, text };
    } catch (error) {
      // The caller gave up (e.g. the reader closed the tab): not the CMS's fault, pass it on.
      if (init.signal?.aborted) throw error;
      const timedOut = timeout.aborted || isTimeout(error);
      const reason = timedOut ? `no answer within ${timeoutMs} ms` : describeFailure(error);
      throw new CmsUnavailableError(path, url, reason, { timedOut, cause: error });
    }
  }

  function parseJson(path: string, url: string, text: string): unknown {
    if (text.trim() === '') return null;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const preview = text.slice(0, 80).replace(/\s+/g, ' ');
      throw new CmsResponseError(path, url, `body is not JSON: ${preview}`, [], { cause: error });
    }
  }

  function httpError(path: string, url: string, response: Response, text: string): Error {
    if (UNAVAILABLE_STATUSES.has(response.status)) {
      const reason = `${response.status} ${response.statusText}`.trim();
      return new CmsUnavailableError(path, url, reason, { status: response.status });
    }
    let body: unknown = null;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // A proxy's HTML error page: the status alone has to do.
    }
    const parsed = StrapiErrorBody.safeParse(body);
    const error = parsed.success
      ? parsed.data.error
      : { message: response.statusText || undefined };
    return new CmsHttpError(path, url, response.status, error);
  }

  async function request<S extends z.ZodType>(
    path: string,
    query: StrapiQuery | undefined,
    schema: S,
    init: CmsRequestInit = {},
  ): Promise<z.output<S>> {
    const { url, response, text } = await send(path, query, init);
    if (!response.ok) throw httpError(path, url, response, text);
    const result = schema.safeParse(parseJson(path, url, text));
    if (!result.success) {
      const issues = toResponseIssues(result.error.issues);
      throw new CmsResponseError(path, url, summarizeIssues(issues), issues, {
        cause: result.error,
      });
    }
    return result.data;
  }

  /** Strapi answers 404 for a missing document and for a single type with no entry. */
  async function orNull<T>(promise: Promise<T>): Promise<T | null> {
    try {
      return await promise;
    } catch (error) {
      if (error instanceof CmsHttpError && error.status === 404) return null;
      throw error;
    }
  }

  const client: CmsClient = {
    request,

    find(path, schema, query) {
      return request(path, query, collectionResponse(schema));
    },

    async findAll(path, schema, query = {}, { maxPages = DEFAULT_MAX_PAGES } = {}) {
      const items = [];
      const sort = withStableSort(query.sort);
      for (let page = 1; ; page += 1) {
        const { data, meta } = await client.find(path, schema, {
          ...query,
          sort,
          pagination: { page, pageSize: PAGE_SIZE },
        });
        items.push(...data);
        const { pageCount } = meta.pagination;
        // Refuse rather than truncate: a silently shortened list is worse than an error page.
        if (pageCount > maxPages) {
          throw new CmsResponseError(
            path,
            `${origin}${prefix}${path}`,
            `${pageCount} pages of ${PAGE_SIZE} exceed maxPages (${maxPages})`,
          );
        }
        if (page >= pageCount || data.length === 0) return items;
      }
    },

    findOne(path, schema, documentId, query) {
      const target = `${path.replace(/\/+$/, '')}/${encodeURIComponent(documentId)}`;
      return orNull(request(target, query, singleOrNull(schema)).then(({ data }) => data));
    },

    async findBySlug(path, schema, slug, query = {}) {
      if (!SLUG.test(slug)) return null;
      const { data } = await client.find(path, schema, {
        ...query,
        filters: { ...query.filters, slug: { $eq: slug } },
        pagination: { page: 1, pageSize: 1 },
      });
      return data[0] ?? null;
    },

    findSingle(path, schema, query) {
      return orNull(request(path, query, singleOrNull(schema)).then(({ data }) => data));
    },

    post(path, body, schema, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('Content-Type', 'application/json');
      return request(path, undefined, schema, {
        ...init,
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
    },
  };
  return client;
}
