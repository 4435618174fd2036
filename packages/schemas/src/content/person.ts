import { z } from 'zod';
import { componentFields } from './document';

/** `shared.person`: a session's lecturer or a report's author. */
export const Person = z.object({
  ...componentFields,
  name: z.string().min(1),
  affiliation: z.string().nullable(),
  bio: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;
