import { z } from 'zod';
import { VenueCity } from './content/venue';
import { LocaleSchema } from './locale';
import { registrationFields, registrationMessageKeys } from './registration';

/**
 * The contract between the site's server and the CMS's registration endpoints. Every route below
 * is called with the `site-registration` API token, which can do nothing else:
 *
 * - `POST /api/registrations`                          body RegistrationRequest → RegistrationAccepted (201)
 * - `GET  /api/registrations/availability/:documentId` → AvailabilityResponse
 * - `POST /api/registrations/cancellation/preview`     body CancellationRequest → CancellationPreview
 * - `POST /api/registrations/cancellation`             body CancellationRequest → CancellationDone
 *
 * Refusals are Strapi error bodies whose `error.details` is RegistrationErrorDetails.
 */

export const RegistrationStatus = z.enum(['confirmed', 'waitlisted', 'cancelled']);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** The form's fields as typed, plus which session and which language the person used. */
export const RegistrationRequest = z.object({
  data: z.object({
    /** The session's documentId (not a row id: rows change when a session is republished). */
    session: z.string().min(1),
    venue: z.string(),
    name: z.string(),
    organization: z.string(),
    phone: z.string(),
    email: z.string(),
    consent: z.union([z.boolean(), z.string()]),
    language: LocaleSchema,
  }),
});
export type RegistrationRequest = z.infer<typeof RegistrationRequest>;

/**
 * What a new registration would get. A repeated e-mail for the same session gets the same
 * answer as a new one would, so the response reveals nothing about who has registered.
 */
export const RegistrationAccepted = z.object({
  data: z.object({ status: z.enum(['confirmed', 'waitlisted']) }),
});
export type RegistrationAccepted = z.infer<typeof RegistrationAccepted>;

/**
 * `error.details.code` of a refusal, and the HTTP status that carries it:
 * invalid → 400 (with `fieldErrors`), session_not_found → 404, the others → 409.
 */
export const registrationErrorCodes = [
  'invalid',
  'session_not_found',
  'session_cancelled',
  'registration_closed',
  'deadline_passed',
  'venue_unknown',
  'token_invalid',
] as const;
export const RegistrationErrorCode = z.enum(registrationErrorCodes);
export type RegistrationErrorCode = z.infer<typeof RegistrationErrorCode>;

export const RegistrationErrorDetails = z.object({
  code: RegistrationErrorCode,
  /** Message keys (see registrationMessageKeys) per form field; the site localises them. */
  fieldErrors: z
    .partialRecord(z.enum(registrationFields), z.enum(registrationMessageKeys))
    .optional(),
});
export type RegistrationErrorDetails = z.infer<typeof RegistrationErrorDetails>;

/**
 * A venue's state as a reader sees it. `few` means at most `fewSeatsThreshold` seats remain;
 * `full` still accepts registrations, onto the waiting list; `closed` accepts none.
 */
export const VenueState = z.enum(['open', 'few', 'full', 'closed']);
export type VenueState = z.infer<typeof VenueState>;
export const fewSeatsThreshold = 5;

export const VenueAvailability = z.object({
  city: VenueCity,
  capacity: z.number().int().nonnegative(),
  confirmed: z.number().int().nonnegative(),
  waitlisted: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
  state: VenueState,
});
export type VenueAvailability = z.infer<typeof VenueAvailability>;

export const AvailabilityResponse = z.object({
  data: z.object({
    session: z.string(),
    /** Whether the session takes registrations at all right now. */
    open: z.boolean(),
    /** Why not, when `open` is false. */
    reason: z.enum(['session_cancelled', 'registration_closed', 'deadline_passed']).optional(),
    deadline: z.string().nullable(),
    venues: z.array(VenueAvailability),
  }),
});
export type AvailabilityResponse = z.infer<typeof AvailabilityResponse>;

/** The token from the cancel link, as it arrived: at least 128 random bits, base64url. */
export const CancellationRequest = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{22,128}$/),
});
export type CancellationRequest = z.infer<typeof CancellationRequest>;

/** Enough for the confirm page to say what will be cancelled; no personal data beyond that. */
export const CancellationPreview = z.object({
  data: z.object({
    session: z.object({ documentId: z.string(), title: z.string(), slug: z.string() }),
    venue: VenueCity,
    status: z.enum(['confirmed', 'waitlisted']),
    language: LocaleSchema,
  }),
});
export type CancellationPreview = z.infer<typeof CancellationPreview>;

export const CancellationDone = z.object({
  data: z.object({
    cancelled: z.literal(true),
    session: z.object({ documentId: z.string(), title: z.string(), slug: z.string() }),
    venue: VenueCity,
  }),
});
export type CancellationDone = z.infer<typeof CancellationDone>;
