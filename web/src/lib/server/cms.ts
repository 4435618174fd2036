import { env } from '$env/dynamic/private';
import { createCmsClient, type CmsClient } from '@assc/cms-client';
import { sharedPageCache, type PageCache } from '@assc/page-cache';
import { ContentCache } from './cache';
import { parseServerEnv, type ServerEnv } from './env';
import { noteTags } from './page-tags';

interface Server {
  env: ServerEnv;
  cms: CmsClient;
  /** Holds the registration token: can register and cancel, and read nothing else. */
  registrationCms: CmsClient;
  cache: ContentCache;
  pages: PageCache;
}

let server: Server | undefined;

/**
 * The site's one connection to the CMS, made on first use from the validated environment.
 * `hooks.server.ts` calls it at start-up so a bad environment stops the server at once.
 */
export function site(): Server {
  if (!server) {
    const parsed = parseServerEnv(env);
    server = {
      env: parsed,
      cms: createCmsClient({
        baseUrl: parsed.CMS_URL,
        token: parsed.CMS_READ_TOKEN,
        timeoutMs: parsed.CMS_TIMEOUT_MS,
      }),
      registrationCms: createCmsClient({
        baseUrl: parsed.CMS_URL,
        token: parsed.CMS_REGISTRATION_TOKEN,
        // A registration waits its turn for the seat lock; a burst can take a while.
        timeoutMs: Math.max(parsed.CMS_TIMEOUT_MS, 15_000),
      }),
      cache: new ContentCache({ ttlMs: parsed.CACHE_TTL_SECONDS * 1000 }),
      // Shared with `server.js`, which answers hits before SvelteKit sees the request.
      pages: sharedPageCache({
        ttlMs: parsed.PAGE_CACHE === 'on' ? parsed.CACHE_TTL_SECONDS * 1000 : 0,
      }),
    };
  }
  return server;
}

/** Content-type tags, named as Strapi's webhooks name models. */
export type Tag = 'session' | 'minute' | 'report' | 'country' | 'topic' | 'site-setting';

/** Reads through the cache; `key` must describe the request completely. */
export function cached<T>(key: string, tags: readonly Tag[], load: (cms: CmsClient) => Promise<T>) {
  const { cache, cms } = site();
  noteTags(tags);
  return cache.get(key, tags, () => load(cms));
}
