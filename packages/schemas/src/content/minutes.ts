import { z } from 'zod';
import {
  documentFields,
  Markdown,
  populatedList,
  populatedOne,
  Slug,
  documentRef,
} from './document';
import { Media } from './media';
import { ParticipantGroup } from './participant-group';
import { SessionRef } from './session';

const minutesFields = {
  ...documentFields,
  title: z.string().min(1),
  slug: Slug,
  heldOn: z.iso.date(),
  participantGroups: populatedList(ParticipantGroup),
  body: Markdown,
  decisions: Markdown,
  attachments: populatedList(Media),
};

/** Minutes as they appear when populated from another type: no relations of their own. */
export const MinutesBase = z.object(minutesFields);
export type MinutesBase = z.infer<typeof MinutesBase>;

/** Minutes as a lean `populate` on another type returns it. */
export const MinutesRef = documentRef(MinutesBase);
export type MinutesRef = z.infer<typeof MinutesRef>;

/** The record of one session (Strapi type `api::minute.minute`, REST path `/minutes`). */
export const Minutes = z.object({
  ...minutesFields,
  get session() {
    return populatedOne(SessionRef);
  },
});
export type Minutes = z.infer<typeof Minutes>;
