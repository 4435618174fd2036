import { CmsUnavailableError } from '@assc/cms-client';

interface Entry {
  value: unknown;
  tags: readonly string[];
  storedAt: number;
}

export interface CacheOptions {
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * What the site has read from the CMS, kept in memory and tagged with the content types each
 * answer drew on. A publish webhook drops exactly the tags that changed; the TTL bounds how
 * stale anything can get if a webhook is lost. When the CMS is unreachable, an expired answer
 * is still better than an error page, so it is served stale.
 */
export class ContentCache {
  readonly #entries = new Map<string, Entry>();
  readonly #inFlight = new Map<string, Promise<unknown>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  /** Bumped by every invalidation, so a load that started before it is not stored after it. */
  #epoch = 0;

  constructor(options: CacheOptions) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries ?? 2000;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  async get<T>(key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
    const entry = this.#entries.get(key);
    if (entry && this.#now() - entry.storedAt < this.#ttlMs) return entry.value as T;

    const pending = this.#inFlight.get(key);
    if (pending) return pending as Promise<T>;

    const epoch = this.#epoch;
    const promise = load()
      .then((value) => {
        if (epoch === this.#epoch) this.#store(key, { value, tags, storedAt: this.#now() });
        return value;
      })
      .catch((error: unknown) => {
        if (entry && error instanceof CmsUnavailableError) return entry.value as T;
        throw error;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }

  /** Drops every answer that drew on any of `tags`. Returns how many were dropped. */
  invalidate(tags: readonly string[]): number {
    this.#epoch += 1;
    let dropped = 0;
    for (const [key, entry] of this.#entries) {
      if (entry.tags.some((tag) => tags.includes(tag))) {
        this.#entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  clear(): void {
    this.#epoch += 1;
    this.#entries.clear();
  }

  #store(key: string, entry: Entry): void {
    // Map keeps insertion order: deleting first makes this key the newest.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}
