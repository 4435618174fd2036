import { z } from 'zod';
import { documentFields, Markdown, populatedList, Slug, documentRef } from './document';
import { Media } from './media';
import { MinutesRef } from './minutes';
import { Person } from './person';
import { ReportRef } from './report';
import { SessionVenue } from './venue';

export const sessionStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const SessionStatus = z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof SessionStatus>;

const sessionFields = {
  ...documentFields,
  title: z.string().min(1),
  slug: Slug,
  ordinal: z.number().int().min(1),
  theme: Markdown,
  sessionStatus: SessionStatus,
  registrationOpen: z.boolean(),
  registrationDeadline: z.iso.datetime().nullable(),
  // The CMS requires at least one venue; an empty list would leave a session page with no time
  // or place, so treat it as malformed rather than render it.
  venues: z.array(SessionVenue).min(1).optional(),
  lecturers: populatedList(Person),
  materials: populatedList(Media),
};

/** A session as it appears when populated from another type: no relations of its own. */
export const SessionBase = z.object(sessionFields);
export type SessionBase = z.infer<typeof SessionBase>;

/** Session as a lean `populate` on another type returns it. */
export const SessionRef = documentRef(SessionBase);
export type SessionRef = z.infer<typeof SessionRef>;

/** One Round Table meeting, held at one or more venues. */
export const Session = z.object({
  ...sessionFields,
  // Getters defer the lookup so the import cycle between content modules cannot hit a binding
  // before it is initialised.
  get minutes() {
    return populatedList(MinutesRef);
  },
  get reports() {
    return populatedList(ReportRef);
  },
});
export type Session = z.infer<typeof Session>;
