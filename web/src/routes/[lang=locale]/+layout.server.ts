import type { Locale } from '@assc/schemas';
import { fromCms, found } from '$lib/server/cms-errors';
import { getSiteSettings } from '$lib/server/content/settings';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params }) => {
  // The `locale` param matcher has already rejected anything else.
  const locale = params.lang as Locale;
  const settings = found(await fromCms(() => getSiteSettings(locale)));
  return {
    locale,
    settings: {
      organizationName: settings.organizationName,
      contactEmail: settings.contactEmail,
    },
  };
};
