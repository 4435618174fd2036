import { LocaleSchema, type Locale, type Registration } from '@assc/schemas';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { hashCancelToken, newCancelToken } from './cancel-token';
import {
  REGISTRATION,
  confirmedAt,
  countByVenue,
  raceWindow,
  statusFor,
  withSessionLock,
} from './capacity';
import { RegistrationRefusal } from './errors';
import { validateFields } from './field-errors';
import { calendarAttachment } from './mail/calendar-attachment';
import { sendInBackground, staffAddress } from './mail/mailer';
import {
  alreadyRegisteredMail,
  confirmationMail,
  staffNoticeMail,
  type Mail,
  type SeatStatus,
} from './mail/messages';
import { closedReason } from './registration-window';
import { findPublishedSession, type SessionDocument, type Venue } from './session-lookup';
import { siteLinks } from './site-links';

/**
 * The envelope of RegistrationRequest. The form fields are left loose here so that a missing
 * or mistyped field is reported against that field (`required`), not as a malformed request.
 */
const Envelope = z.object({
  data: z.looseObject({ session: z.string().min(1).max(64), language: LocaleSchema }),
});

interface ExistingRow {
  id: number;
  venue: Venue['city'];
  status: SeatStatus;
}

type Outcome =
  | { kind: 'new'; status: SeatStatus; token: string }
  | { kind: 'duplicate'; status: SeatStatus; existing: ExistingRow };

export interface Accepted {
  status: SeatStatus;
}

/**
 * One registration, all or nothing: the seat is counted and the row written under the
 * session's lock, so concurrent requests can never oversell a venue. Everything else (reading
 * the session, the e-mails and the counts they report) stays outside the lock, which every
 * registration for the session queues on.
 */
export async function register(
  strapi: Core.Strapi,
  body: unknown,
  now: Date = new Date(),
): Promise<Accepted> {
  const envelope = Envelope.safeParse(body);
  if (!envelope.success) throw new RegistrationRefusal('invalid');
  const { session: documentId, language } = envelope.data.data;
  const fields = validateFields(envelope.data.data);
  if (!fields.success) throw new RegistrationRefusal('invalid', fields.fieldErrors);
  const person = fields.data;

  const session = await findPublishedSession(strapi, documentId);
  if (!session) throw new RegistrationRefusal('session_not_found');
  const reason = closedReason(session.canonical, now);
  if (reason) throw new RegistrationRefusal(reason);
  const venue = session.canonical.venues.find((v) => v.city === person.venue);
  if (!venue) throw new RegistrationRefusal('venue_unknown');

  const outcome = await withSessionLock(strapi, documentId, () =>
    place(strapi, session, venue, language, person, now),
  );

  void notify(strapi, { session, venue, outcome, language, person });
  return { status: outcome.status };
}

/** Seat, waiting list or duplicate; runs under the session's lock. */
async function place(
  strapi: Core.Strapi,
  session: SessionDocument,
  venue: Venue,
  language: Locale,
  person: Registration,
  now: Date,
): Promise<Outcome> {
  const documentId = session.documentId;
  const status = statusFor(await confirmedAt(strapi, documentId, venue.city), venue.capacity);
  const existing = (await strapi.db.query(REGISTRATION).findOne({
    where: {
      sessionDocumentId: documentId,
      email: { $eqi: person.email },
      status: { $in: ['confirmed', 'waitlisted'] },
    },
    select: ['id', 'venue', 'status'],
  })) as ExistingRow | null;
  // The same answer a newcomer would get, so the response tells nobody who has registered.
  if (existing) return { kind: 'duplicate', status, existing };

  await raceWindow();
  const token = newCancelToken();
  await strapi.db.query(REGISTRATION).create({
    data: {
      session: session.inLocale(language).id,
      sessionDocumentId: documentId,
      venue: venue.city,
      name: person.name,
      organization: person.organization,
      phone: person.phone,
      email: person.email,
      language,
      consentAt: now,
      status: status,
      cancelTokenHash: hashCancelToken(token),
    },
  });
  return { kind: 'new', status, token };
}

async function notify(
  strapi: Core.Strapi,
  input: {
    session: SessionDocument;
    venue: Venue;
    language: Locale;
    person: Registration;
    outcome: Outcome;
  },
): Promise<void> {
  try {
    const { session, language, person, outcome } = input;
    const links = siteLinks();
    const version = session.inLocale(language);
    // Venue names and addresses are localized: show the one in the registrant's language.
    const venue = version.venues.find((v) => v.city === input.venue.city) ?? input.venue;
    const seat = { to: person.email, locale: language, session: version, venue };
    const mails: Mail[] = [];
    if (outcome.kind === 'duplicate') {
      const existingVenue = version.venues.find((v) => v.city === outcome.existing.venue) ?? venue;
      mails.push(alreadyRegisteredMail({ ...seat, venue: existingVenue }, outcome.existing.status));
    } else {
      mails.push(
        confirmationMail(seat, {
          name: person.name,
          status: outcome.status,
          cancelUrl: links.cancelPage(language, outcome.token),
          pageUrl: links.sessionPage(language, version.slug),
          ics: calendarAttachment(version, venue, language, links),
        }),
      );
      const staff = await staffAddress(strapi);
      if (staff) {
        const counts = (await countByVenue(strapi, session.documentId)).get(input.venue.city);
        mails.push(
          staffNoticeMail({
            to: staff,
            kind: 'registered',
            session: session.inLocale('ja'),
            venue: input.venue,
            status: outcome.status,
            confirmed: counts?.confirmed ?? 0,
            waitlisted: counts?.waitlisted ?? 0,
            promoted: 0,
          }),
        );
      }
    }
    sendInBackground(strapi, mails, 'registration');
  } catch (error) {
    strapi.log.error(
      `Registration stored, but its e-mails could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
