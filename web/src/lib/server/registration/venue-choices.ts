import type { SessionVenue, VenueState } from '@assc/schemas';
import type { Availability } from './cms-registration';

/** One radio button of the form: a venue with its seats as the reader should see them. */
export interface VenueChoice {
  city: SessionVenue['city'];
  name: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** `unknown` when the CMS could not say; the form still accepts the venue. */
  state: VenueState | 'unknown';
  remaining: number | null;
}

export function venueChoices(
  venues: readonly SessionVenue[],
  availability: Availability | undefined,
): VenueChoice[] {
  return venues.map((venue) => {
    const seats = availability?.venues.find((v) => v.city === venue.city);
    return {
      city: venue.city,
      name: venue.name,
      startsAt: venue.startsAt,
      endsAt: venue.endsAt,
      timeZone: venue.timeZone,
      state: seats?.state ?? 'unknown',
      remaining: seats?.remaining ?? null,
    };
  });
}
