import type { Locale } from '@assc/schemas';
import qs from 'qs';

/**
 * Strapi 5 REST parameters. Nested objects are serialised in bracket notation
 * (`filters[slug][$eq]=…`, `populate[venues]=true`), which is what Strapi's parser expects.
 */
export interface StrapiQuery {
  filters?: Record<string, unknown>;
  populate?: string | readonly string[] | Record<string, unknown>;
  fields?: readonly string[];
  sort?: string | readonly string[];
  pagination?: { page?: number; pageSize?: number; withCount?: boolean };
  locale?: Locale;
  status?: 'published' | 'draft';
}

/** `?…` or an empty string; values are encoded, brackets stay readable in logs. */
export function buildQueryString(query: StrapiQuery | undefined): string {
  if (query === undefined) return '';
  const search = qs.stringify(query, { encodeValuesOnly: true });
  return search === '' ? '' : `?${search}`;
}
