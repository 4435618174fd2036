import { z } from 'zod';
import { documentFields, Markdown } from './document';

/** The single type `api::site-setting.site-setting` (REST path `/site-setting`). */
export const SiteSettings = z.object({
  ...documentFields,
  organizationName: z.string().min(1),
  about: Markdown,
  contactEmail: z.email(),
  privacyPolicy: Markdown,
});
export type SiteSettings = z.infer<typeof SiteSettings>;
