import type { Locale } from '@assc/schemas';

/*
 * Locale helpers for code that reaches the browser. `@assc/schemas` has the same list, but its
 * runtime exports would pull zod into the client bundle, so only its types are imported here.
 */

const localeSet = { ja: true, en: true } satisfies Record<Locale, true>;

export const siteLocales = Object.keys(localeSet) as Locale[];

/** Japanese first: the fallback for paths that do not start with a locale. */
export const fallbackLocale: Locale = 'ja';

export function isSiteLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(localeSet, value);
}

/** The locale a path is in, read from its first segment (`/en/reports` → `en`). */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isSiteLocale(first) ? first : fallbackLocale;
}

/** The same page in another language: `/ja/reports/x` → `/en/reports/x`. */
export function pathInLocale(pathname: string, target: Locale): `/${string}` {
  const segments = pathname.split('/');
  if (!isSiteLocale(segments[1])) return `/${target}`;
  segments[1] = target;
  return `/${segments.slice(1).join('/')}`;
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'ja' ? 'en' : 'ja';
}

/** OpenGraph wants a territory as well as a language. */
export const ogLocale: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' };

/** A site path with a query string; empty values are left out so shared URLs stay short. */
export function withQuery(
  path: `/${string}`,
  params: Record<string, string | number | undefined>,
): `/${string}` {
  const query = Object.entries(params)
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    )
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}
