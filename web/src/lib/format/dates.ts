import type { Locale } from '@assc/schemas';

/** Every time on the site is Japan time, whatever the reader's or the server's zone. */
export const SITE_TIME_ZONE = 'Asia/Tokyo';

const intlLocale: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, timeZone: string) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** `YYYY-MM-DD` dates are calendar days, not instants: read them at noon Japan time. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+09:00`) : new Date(value);
}

/** 2018年10月10日 / 10 October 2018 */
export function formatDate(value: string | Date, locale: Locale, timeZone = SITE_TIME_ZONE) {
  return formatter(locale, { year: 'numeric', month: 'long', day: 'numeric' }, timeZone).format(
    toDate(value),
  );
}

/** 2018年10月10日(水) / Wednesday 10 October 2018 */
export function formatDateWithWeekday(
  value: string | Date,
  locale: Locale,
  timeZone = SITE_TIME_ZONE,
) {
  return formatter(
    locale,
    { year: 'numeric', month: 'long', day: 'numeric', weekday: locale === 'ja' ? 'short' : 'long' },
    timeZone,
  ).format(toDate(value));
}

/** 14:00 */
export function formatTime(value: string | Date, locale: Locale, timeZone = SITE_TIME_ZONE) {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hour12: false }, timeZone).format(
    toDate(value),
  );
}

/** 14:00–17:00 (JST) style range on one day. */
export function formatTimeRange(
  start: string,
  end: string,
  locale: Locale,
  timeZone = SITE_TIME_ZONE,
) {
  const zone = timeZone === SITE_TIME_ZONE ? (locale === 'ja' ? '日本時間' : 'JST') : timeZone;
  return `${formatTime(start, locale, timeZone)}–${formatTime(end, locale, timeZone)} (${zone})`;
}
