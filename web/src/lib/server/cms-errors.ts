import { CmsHttpError, CmsResponseError, CmsUnavailableError } from '@assc/cms-client';
import { error } from '@sveltejs/kit';

/**
 * Turns a CMS failure into the page a reader should see: 503 while the CMS is unreachable,
 * 404 for a missing document, and a logged 500 for an answer that failed validation.
 */
export async function fromCms<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    if (cause instanceof CmsUnavailableError) {
      console.warn(`[cms] unavailable: ${cause.message}`);
      error(503, { message: 'unavailable', code: 'unavailable' });
    }
    if (cause instanceof CmsHttpError && cause.status === 404) {
      error(404, { message: 'not_found', code: 'not_found' });
    }
    if (cause instanceof CmsResponseError) {
      console.error(`[cms] malformed response for ${cause.path}: ${cause.summary}`);
      error(500, { message: 'malformed', code: 'malformed' });
    }
    throw cause;
  }
}

/** A document the CMS does not have (in this locale) is a 404, not an empty page. */
export function found<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) {
    error(404, { message: 'not_found', code: 'not_found' });
  }
  return value;
}
