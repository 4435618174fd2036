import { SiteSettings, type Locale } from '@assc/schemas';
import { cached } from '../cms';

export function getSiteSettings(locale: Locale) {
  return cached(`settings:${locale}`, ['site-setting'], (cms) =>
    cms.findSingle('/site-setting', SiteSettings, { locale }),
  );
}
