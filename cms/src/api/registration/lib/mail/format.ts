import type { Locale } from '@assc/schemas';

/** Every venue so far is in Japan, and attendees plan by Japan time whatever their device says. */
export const JAPAN_TIME = 'Asia/Tokyo';

const INTL_LOCALE: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

function part(iso: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: JAPAN_TIME, ...options }).format(
    new Date(iso),
  );
}

/** 2018年10月10日（水） / Wednesday, 10 October 2018 — the date in Japan. */
export function formatDate(iso: string, locale: Locale): string {
  const date = part(iso, locale, { year: 'numeric', month: 'long', day: 'numeric' });
  if (locale === 'ja') return `${date}（${part(iso, locale, { weekday: 'short' })}）`;
  return `${part(iso, locale, { weekday: 'long' })}, ${date}`;
}

function time(iso: string, locale: Locale): string {
  return part(iso, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** 14:00〜17:00（日本時間） / 14:00–17:00 (Japan time). */
export function formatTimeRange(startIso: string, endIso: string, locale: Locale): string {
  return locale === 'ja'
    ? `${time(startIso, locale)}〜${time(endIso, locale)}（日本時間）`
    : `${time(startIso, locale)}–${time(endIso, locale)} (Japan time)`;
}
