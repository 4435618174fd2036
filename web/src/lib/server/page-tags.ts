import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The content-type tags a request's render read from the CMS, collected as loaders run, so the
 * finished page can be cached under them and dropped when any of them is republished.
 */
const tagsOfThisRequest = new AsyncLocalStorage<Set<string>>();

export function collectTags<T>(tags: Set<string>, render: () => T): T {
  return tagsOfThisRequest.run(tags, render);
}

export function noteTags(tags: readonly string[]): void {
  const current = tagsOfThisRequest.getStore();
  if (current) for (const tag of tags) current.add(tag);
}
