import type { StrapiQuery } from '@assc/cms-client';
import { Session, type Locale } from '@assc/schemas';
import { cached } from '../cms';

/** Lists need times and places, not the theme or relations. */
const listQuery = (locale: Locale): StrapiQuery => ({
  locale,
  sort: ['ordinal:desc'],
  populate: { venues: true },
  pagination: { pageSize: 100 },
});

export type SessionSummary = Session;

/** When a session ends: its last venue's end. Sessions without venues never "end". */
export function sessionEnd(session: Pick<Session, 'venues'>): number {
  const ends = (session.venues ?? []).map((v) => Date.parse(v.endsAt));
  return ends.length ? Math.max(...ends) : Number.POSITIVE_INFINITY;
}

export function sessionStart(session: Pick<Session, 'venues'>): number {
  const starts = (session.venues ?? []).map((v) => Date.parse(v.startsAt));
  return starts.length ? Math.min(...starts) : Number.POSITIVE_INFINITY;
}

/** Whether the registration form should be offered right now. */
export function registrationIsOpen(session: Session, now = Date.now()): boolean {
  if (!session.registrationOpen || session.sessionStatus !== 'scheduled') return false;
  if (session.registrationDeadline && Date.parse(session.registrationDeadline) <= now) return false;
  return sessionStart(session) > now;
}

/** What a reader can do about registering, for the status line on the home and session pages. */
export type RegistrationState = 'open' | 'not_yet_open' | 'closed' | 'cancelled';

export function registrationState(session: Session, now = Date.now()): RegistrationState {
  if (session.sessionStatus === 'cancelled') return 'cancelled';
  if (registrationIsOpen(session, now)) return 'open';
  const deadlinePassed =
    session.registrationDeadline !== null && Date.parse(session.registrationDeadline) <= now;
  const ahead = session.sessionStatus === 'scheduled' && sessionStart(session) > now;
  return ahead && !session.registrationOpen && !deadlinePassed ? 'not_yet_open' : 'closed';
}

export async function listSessions(locale: Locale, now = Date.now()) {
  const sessions = await cached(`sessions:list:${locale}`, ['session'], (cms) =>
    cms.findAll('/sessions', Session, listQuery(locale)),
  );
  const upcoming = sessions
    .filter((s) => sessionEnd(s) >= now && s.sessionStatus !== 'cancelled')
    .sort((a, b) => sessionStart(a) - sessionStart(b));
  const past = sessions.filter((s) => !upcoming.includes(s));
  return { upcoming, past };
}

export function getSession(locale: Locale, slug: string) {
  return cached(`sessions:one:${locale}:${slug}`, ['session', 'minute', 'report'], (cms) =>
    cms.findBySlug('/sessions', Session, slug, {
      locale,
      populate: {
        venues: true,
        lecturers: true,
        materials: true,
        minutes: { fields: ['title', 'slug', 'heldOn'] },
        reports: { fields: ['title', 'slug', 'summary', 'kind', 'publishedOn'] },
      },
    }),
  );
}
