import {
  fewSeatsThreshold,
  type AvailabilityResponse,
  type VenueAvailability,
  type VenueState,
} from '@assc/schemas';
import type { Core } from '@strapi/strapi';
import { countByVenue } from './capacity';
import { RegistrationRefusal } from './errors';
import { closedReason } from './registration-window';
import { findPublishedSession } from './session-lookup';

function stateOf(open: boolean, remaining: number): VenueState {
  if (!open) return 'closed';
  if (remaining === 0) return 'full';
  return remaining <= fewSeatsThreshold ? 'few' : 'open';
}

/** Seats per venue as a reader may see them: numbers only, never who. */
export async function availability(
  strapi: Core.Strapi,
  documentId: string,
  now: Date = new Date(),
): Promise<AvailabilityResponse['data']> {
  const session = await findPublishedSession(strapi, documentId);
  if (!session) throw new RegistrationRefusal('session_not_found');
  const reason = closedReason(session.canonical, now);
  const counts = await countByVenue(strapi, documentId);
  const venues: VenueAvailability[] = session.canonical.venues.map((venue) => {
    const { confirmed, waitlisted } = counts.get(venue.city) ?? { confirmed: 0, waitlisted: 0 };
    const remaining = Math.max(0, venue.capacity - confirmed);
    return {
      city: venue.city,
      capacity: venue.capacity,
      confirmed,
      waitlisted,
      remaining,
      state: stateOf(reason === null, remaining),
    };
  });
  return {
    session: documentId,
    open: reason === null,
    ...(reason ? { reason } : {}),
    deadline: session.canonical.registrationDeadline,
    venues,
  };
}
