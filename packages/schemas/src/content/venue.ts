import { z } from 'zod';
import { componentFields } from './document';

export const venueCities = ['tokyo', 'osaka', 'online'] as const;
export const VenueCity = z.enum(venueCities);
export type VenueCity = z.infer<typeof VenueCity>;

/**
 * `session.venue`: one place a session is held. Times are UTC instants; `timeZone` is the IANA
 * zone to display them in (Asia/Tokyo for every venue so far).
 */
export const SessionVenue = z.object({
  ...componentFields,
  city: VenueCity,
  name: z.string().min(1),
  address: z.string().nullable(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  timeZone: z.string().min(1),
  capacity: z.number().int().nonnegative(),
});
export type SessionVenue = z.infer<typeof SessionVenue>;
