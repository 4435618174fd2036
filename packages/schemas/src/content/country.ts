import { z } from 'zod';
import { documentFields, populatedList, Slug } from './document';
import { ReportRef } from './report';

const countryFields = {
  ...documentFields,
  name: z.string().min(1),
  slug: Slug,
  // ISO 3166-1 alpha-2; the site derives flags and sort keys from it.
  code: z.string().regex(/^[A-Z]{2}$/),
};

export const CountryBase = z.object(countryFields);
export type CountryBase = z.infer<typeof CountryBase>;

/** A country a report concerns, used as a filter on the site. */
export const Country = z.object({
  ...countryFields,
  get reports() {
    return populatedList(ReportRef);
  },
});
export type Country = z.infer<typeof Country>;
