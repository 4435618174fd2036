import { z } from 'zod';
import { LocaleSchema } from '../locale';

/**
 * Strapi's uid fields end up in URLs, so the site relies on them matching Strapi's own default
 * uid pattern; anything else means the data was tampered with or the model changed.
 */
export const Slug = z.string().regex(/^[A-Za-z0-9\-_.~]+$/, { error: 'Not a Strapi uid' });

/** Richtext is Markdown, and Strapi returns `null` for an empty field. */
export const Markdown = z.string().nullable();

/**
 * Fields Strapi adds to every document. Only `id` and `documentId` are guaranteed: the others
 * disappear when a query narrows `fields`, and `locale` only exists on localised types.
 */
export const documentFields = {
  id: z.number().int().positive(),
  documentId: z.string().min(1),
  locale: LocaleSchema.optional(),
  createdAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional(),
  publishedAt: z.iso.datetime().nullable().optional(),
};

/** Components carry a numeric `id` but none of the document fields. */
export const componentFields = {
  id: z.number().int().positive(),
};

/** Keys the agreement test must not look for in the CMS's schema.json. */
export const systemFieldNames: readonly string[] = Object.keys(documentFields);

/**
 * A to-many relation, repeatable component or multiple media field: absent unless populated.
 * Strapi has returned `null` rather than `[]` for empty multiple fields, so both mean "none".
 */
export function populatedList<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullable()
    .transform((value) => value ?? [])
    .optional();
}

/** A to-one relation or single media field: absent unless populated, `null` when empty. */
export function populatedOne<T extends z.ZodType>(item: T) {
  return item.nullable().optional();
}

/**
 * A related document as a lean `populate` returns it: identity and title always, other fields
 * only when the query asked for them. Lists and links need no more, and asking for less keeps
 * responses small on slow connections.
 */
export function documentRef<
  T extends z.ZodObject<{
    id: z.ZodNumber;
    documentId: z.ZodString;
    title: z.ZodString;
    slug: typeof Slug;
  }>,
>(schema: T) {
  return schema.partial().required({ id: true, documentId: true, title: true, slug: true });
}
