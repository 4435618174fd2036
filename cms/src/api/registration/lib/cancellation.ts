import {
  CancellationRequest,
  isLocale,
  defaultLocale,
  type CancellationDone,
  type CancellationPreview,
  type Locale,
  type VenueCity,
} from '@assc/schemas';
import type { Core } from '@strapi/strapi';
import { hashCancelToken } from './cancel-token';
import { REGISTRATION, confirmedAt, countByVenue, withSessionLock } from './capacity';
import { RegistrationRefusal } from './errors';
import { calendarAttachment } from './mail/calendar-attachment';
import { sendInBackground, staffAddress } from './mail/mailer';
import { cancelledMail, promotedMail, staffNoticeMail, type Mail } from './mail/messages';
import { findAnySession, type SessionDocument, type Venue } from './session-lookup';
import { siteLinks } from './site-links';

interface HeldRow {
  id: number;
  sessionDocumentId: string;
  venue: VenueCity;
  status: 'confirmed' | 'waitlisted';
  language: string | null;
  name: string | null;
  email: string | null;
}

const HELD_FIELDS = ['id', 'sessionDocumentId', 'venue', 'status', 'language', 'name', 'email'];

function tokenHash(body: unknown): string {
  const request = CancellationRequest.safeParse(body);
  if (!request.success) throw new RegistrationRefusal('invalid');
  return hashCancelToken(request.data.token);
}

/** A live registration holding this token; a used or unknown token finds nothing. */
async function findHeld(strapi: Core.Strapi, where: Record<string, unknown>) {
  return (await strapi.db.query(REGISTRATION).findOne({
    where: { ...where, status: { $in: ['confirmed', 'waitlisted'] } },
    select: HELD_FIELDS,
  })) as HeldRow | null;
}

function languageOf(row: HeldRow): Locale {
  return isLocale(row.language) ? row.language : defaultLocale;
}

function summary(session: SessionDocument, locale: Locale) {
  const version = session.inLocale(locale);
  return { documentId: session.documentId, title: version.title, slug: version.slug };
}

/** What the confirm page shows before the person presses "cancel". Changes nothing. */
export async function previewCancellation(
  strapi: Core.Strapi,
  body: unknown,
): Promise<CancellationPreview['data']> {
  const row = await findHeld(strapi, { cancelTokenHash: tokenHash(body) });
  const session = row && (await findAnySession(strapi, row.sessionDocumentId));
  if (!row || !session) throw new RegistrationRefusal('token_invalid');
  const language = languageOf(row);
  return {
    session: summary(session, language),
    venue: row.venue,
    status: row.status,
    language,
  };
}

interface Promoted {
  id: number;
  name: string | null;
  email: string | null;
  language: string | null;
}

/**
 * Frees the seat and, in the same transaction, gives it to whoever has waited longest for
 * that venue. The token dies with its hash, so a second click finds nothing.
 */
export async function cancel(
  strapi: Core.Strapi,
  body: unknown,
): Promise<CancellationDone['data']> {
  const hash = tokenHash(body);
  const found = await findHeld(strapi, { cancelTokenHash: hash });
  if (!found) throw new RegistrationRefusal('token_invalid');

  const result = await withSessionLock(strapi, found.sessionDocumentId, async () => {
    // Read again under the lock: a concurrent click with the same token may have won.
    const row = await findHeld(strapi, { id: found.id, cancelTokenHash: hash });
    if (!row) throw new RegistrationRefusal('token_invalid');
    const session = await findAnySession(strapi, row.sessionDocumentId);
    if (!session) throw new RegistrationRefusal('token_invalid');

    await strapi.db.query(REGISTRATION).update({
      where: { id: row.id },
      data: { status: 'cancelled', cancelTokenHash: null },
    });
    const venue = session.canonical.venues.find((v) => v.city === row.venue);
    const promoted =
      row.status === 'confirmed' && venue
        ? await promote(strapi, row.sessionDocumentId, venue)
        : [];
    return { row, session, venue, promoted };
  });

  const { row, session, venue } = result;
  if (venue) {
    void notify(strapi, { ...result, venue });
  }
  return { cancelled: true, session: summary(session, languageOf(row)), venue: row.venue };
}

/** Fills free seats from the waiting list, oldest first. Runs under the session's lock. */
async function promote(
  strapi: Core.Strapi,
  sessionDocumentId: string,
  venue: Venue,
): Promise<Promoted[]> {
  const free = venue.capacity - (await confirmedAt(strapi, sessionDocumentId, venue.city));
  if (free <= 0) return [];
  const waiting = (await strapi.db.query(REGISTRATION).findMany({
    where: { sessionDocumentId, venue: venue.city, status: 'waitlisted' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    limit: free,
    select: ['id', 'name', 'email', 'language'],
  })) as Promoted[];
  for (const person of waiting) {
    await strapi.db
      .query(REGISTRATION)
      .update({ where: { id: person.id }, data: { status: 'confirmed' } });
  }
  return waiting;
}

async function notify(
  strapi: Core.Strapi,
  input: {
    row: HeldRow;
    session: SessionDocument;
    venue: Venue;
    promoted: Promoted[];
  },
): Promise<void> {
  try {
    const { row, session, promoted } = input;
    const links = siteLinks();
    const seatFor = (to: string, locale: Locale) => {
      const version = session.inLocale(locale);
      const venue = version.venues.find((v) => v.city === input.venue.city) ?? input.venue;
      return { to, locale, session: version, venue };
    };
    const mails: Mail[] = [];
    if (row.email) {
      mails.push(cancelledMail(seatFor(row.email, languageOf(row)), { name: row.name ?? '' }));
    }
    for (const person of promoted) {
      if (!person.email) continue;
      const locale = isLocale(person.language) ? person.language : defaultLocale;
      const seat = seatFor(person.email, locale);
      mails.push(
        promotedMail(seat, {
          name: person.name ?? '',
          pageUrl: links.sessionPage(locale, seat.session.slug),
          ics: calendarAttachment(seat.session, seat.venue, locale, links),
        }),
      );
    }
    const staff = await staffAddress(strapi);
    if (staff) {
      // Counted after the commit, outside the lock that every registration for this session
      // waits on; the notice reports the venue as it stands when it is sent.
      const counts = (await countByVenue(strapi, row.sessionDocumentId)).get(row.venue);
      mails.push(
        staffNoticeMail({
          to: staff,
          kind: 'cancelled',
          session: session.inLocale('ja'),
          venue: input.venue,
          status: row.status,
          confirmed: counts?.confirmed ?? 0,
          waitlisted: counts?.waitlisted ?? 0,
          promoted: promoted.length,
        }),
      );
    }
    sendInBackground(strapi, mails, 'cancellation');
  } catch (error) {
    strapi.log.error(
      `Cancellation stored, but its e-mails could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
