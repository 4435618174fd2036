import type { Locale } from '@assc/schemas';
import { t } from '$lib/i18n/messages';

const numberLocale: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/**
 * A download's size, so readers on slow or metered connections know what they are getting.
 * Strapi reports `size` in kilobytes (1 KB = 1000 bytes).
 */
export function formatFileSize(kilobytes: number, locale: Locale): string {
  const messages = t(locale).fileSize;
  if (kilobytes < 1000) {
    const kb = Math.max(1, Math.round(kilobytes));
    return messages.kb(kb.toLocaleString(numberLocale[locale]));
  }
  const mb = (kilobytes / 1000).toLocaleString(numberLocale[locale], {
    maximumFractionDigits: 1,
  });
  return messages.mb(mb);
}

/** A short type label from a file's extension or MIME type: `PDF`, `DOCX`. */
export function fileTypeLabel(file: { ext: string | null; mime: string }): string {
  const ext = file.ext?.replace(/^\./, '');
  if (ext) return ext.toUpperCase();
  return (file.mime.split('/')[1] ?? file.mime).toUpperCase();
}
