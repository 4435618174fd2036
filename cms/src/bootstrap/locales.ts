import type { Core } from '@strapi/strapi';

/** Japanese first: most readers and staff read Japanese, English is the second locale. */
export const LOCALES = [
  { code: 'ja', name: 'Japanese (ja)' },
  { code: 'en', name: 'English (en)' },
] as const;

export const DEFAULT_LOCALE = 'ja';

interface LocaleRow {
  code: string;
}

interface LocalesService {
  find(): Promise<LocaleRow[]>;
  create(locale: { code: string; name: string }): Promise<LocaleRow>;
  getDefaultLocale(): Promise<string | undefined>;
  setDefaultLocale(locale: { code: string }): Promise<void>;
}

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('i18n').service('locales') as LocalesService;
  const existing = new Set((await service.find()).map((row) => row.code));
  for (const locale of LOCALES) {
    if (!existing.has(locale.code)) await service.create({ ...locale });
  }
  if ((await service.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await service.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}
