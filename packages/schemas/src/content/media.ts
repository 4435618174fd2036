import { z } from 'zod';

/** One resized rendition Strapi generates for an image (thumbnail, small, medium, large). */
export const MediaFormat = z.object({
  name: z.string(),
  ext: z.string().nullable().optional(),
  mime: z.string(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  size: z.number().nonnegative(),
  sizeInBytes: z.number().nonnegative().optional(),
  url: z.string().min(1),
});
export type MediaFormat = z.infer<typeof MediaFormat>;

/**
 * An upload-plugin file. `url` is relative (`/uploads/…`) with the local provider and absolute
 * with a CDN provider; `size` is in kilobytes, as Strapi reports it. Width and height are null for
 * non-images, and so is `formats` for files Strapi does not resize.
 */
export const Media = z.object({
  id: z.number().int().positive(),
  documentId: z.string().min(1),
  name: z.string(),
  url: z.string().min(1),
  alternativeText: z.string().nullable(),
  caption: z.string().nullable(),
  width: z.number().int().nonnegative().nullable(),
  height: z.number().int().nonnegative().nullable(),
  mime: z.string(),
  size: z.number().nonnegative(),
  ext: z.string().nullable(),
  formats: z.record(z.string(), MediaFormat).nullable(),
  createdAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional(),
});
export type Media = z.infer<typeof Media>;
