import { z } from 'zod';

/** Page-based pagination; the client never asks for Strapi's `start`/`limit` form. */
export const Pagination = z.object({
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  pageCount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type Pagination = z.infer<typeof Pagination>;

/** `GET /api/<plural>`: a page of documents. */
export function collectionResponse<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    meta: z.object({ pagination: Pagination }),
  });
}
export type CollectionResponse<T> = { data: T[]; meta: { pagination: Pagination } };

/** `GET /api/<plural>/:documentId` or `GET /api/<singular>` for a single type. */
export function singleResponse<T extends z.ZodType>(item: T) {
  return z.object({
    data: item,
    meta: z.record(z.string(), z.unknown()).optional(),
  });
}
export type SingleResponse<T> = { data: T; meta?: Record<string, unknown> };

/** The body of every Strapi error response (4xx and 5xx). */
export const StrapiErrorBody = z.object({
  data: z.null().optional(),
  error: z.object({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type StrapiErrorBody = z.infer<typeof StrapiErrorBody>;
