import { z } from 'zod';
import { componentFields } from './document';

/** `minutes.participant-group`: a kind of participant present (companies, ministries, NGOs…). */
export const ParticipantGroup = z.object({
  ...componentFields,
  name: z.string().min(1),
});
export type ParticipantGroup = z.infer<typeof ParticipantGroup>;
