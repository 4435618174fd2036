import { z } from 'zod';
import { CountryBase } from './country';
import {
  documentFields,
  Markdown,
  populatedList,
  populatedOne,
  Slug,
  documentRef,
} from './document';
import { Media } from './media';
import { Person } from './person';
import { SessionRef } from './session';
import { TopicBase } from './topic';

export const reportKinds = ['overseas', 'domestic'] as const;
export const ReportKind = z.enum(reportKinds);
export type ReportKind = z.infer<typeof ReportKind>;

const reportFields = {
  ...documentFields,
  title: z.string().min(1),
  slug: Slug,
  summary: z.string(),
  body: Markdown,
  kind: ReportKind,
  publishedOn: z.iso.date(),
  authors: populatedList(Person),
  cover: populatedOne(Media),
  pdf: populatedOne(Media),
};

/** A report as it appears when populated from another type: no relations of its own. */
export const ReportBase = z.object(reportFields);
export type ReportBase = z.infer<typeof ReportBase>;

/** Report as a lean `populate` on another type returns it. */
export const ReportRef = documentRef(ReportBase);
export type ReportRef = z.infer<typeof ReportRef>;

/** An investigative report on a sending country (overseas) or on Japan (domestic). */
export const Report = z.object({
  ...reportFields,
  get countries() {
    return populatedList(CountryBase);
  },
  get topics() {
    return populatedList(TopicBase);
  },
  get sessions() {
    return populatedList(SessionRef);
  },
});
export type Report = z.infer<typeof Report>;
