import type { SessionVersion } from './session-lookup';

export type ClosedReason = 'session_cancelled' | 'registration_closed' | 'deadline_passed';

/**
 * Why a session takes no registrations at `now`, or null when it does. Without a deadline,
 * registration ends when the first venue starts: nobody can sign up for a meeting under way.
 */
export function closedReason(session: SessionVersion, now: Date): ClosedReason | null {
  if (session.sessionStatus === 'cancelled') return 'session_cancelled';
  if (!session.registrationOpen || session.sessionStatus === 'held') return 'registration_closed';
  const deadline = session.registrationDeadline ?? firstStart(session);
  if (deadline !== null && now.getTime() >= Date.parse(deadline)) return 'deadline_passed';
  return null;
}

function firstStart(session: SessionVersion): string | null {
  const starts = session.venues.map((v) => Date.parse(v.startsAt)).filter(Number.isFinite);
  return starts.length > 0 ? new Date(Math.min(...starts)).toISOString() : null;
}
