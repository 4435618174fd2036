import type { Core } from '@strapi/strapi';
import { REGISTRATION } from './capacity';
import { SESSION } from './session-lookup';

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_RETENTION_DAYS = 90;

export function retentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.REGISTRATION_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS);
  return Number.isInteger(days) && days >= 0 ? days : DEFAULT_RETENTION_DAYS;
}

/** The personal data in a registration; venue, status and dates stay so counts still add up. */
export const PERSONAL_FIELDS = ['name', 'organization', 'phone', 'email', 'cancelTokenHash'];

/**
 * Whether personal data kept since `since` (the end of the session's last venue, or the
 * registration itself when its session is gone) has been kept long enough.
 */
export function isPastRetention(since: string, now: Date, days: number): boolean {
  const start = Date.parse(since);
  return Number.isFinite(start) && start + days * DAY_MS <= now.getTime();
}

/** The end of the last venue over every version of each session: the latest any could be. */
export function lastVenueEnds(
  sessions: readonly { documentId: string; venues?: readonly { endsAt: string }[] | null }[],
): Map<string, string> {
  const ends = new Map<string, number>();
  for (const session of sessions) {
    for (const venue of session.venues ?? []) {
      const end = Date.parse(venue.endsAt);
      if (Number.isFinite(end) && end > (ends.get(session.documentId) ?? -Infinity)) {
        ends.set(session.documentId, end);
      }
    }
  }
  return new Map([...ends].map(([id, end]) => [id, new Date(end).toISOString()]));
}

interface Held {
  id: number;
  sessionDocumentId: string | null;
  createdAt: string;
}

/**
 * Erases registrants' personal data `days` after their session's last venue ended. Run daily
 * by the cron task in `config/server.ts`; `now` and `days` are parameters so tests can move
 * the clock instead of waiting.
 */
export async function eraseExpiredRegistrations(
  strapi: Core.Strapi,
  { now = new Date(), days = retentionDays() }: { now?: Date; days?: number } = {},
): Promise<number> {
  const held = (await strapi.db.query(REGISTRATION).findMany({
    where: { erasedAt: { $null: true } },
    select: ['id', 'sessionDocumentId', 'createdAt'],
  })) as Held[];
  if (held.length === 0) return 0;

  const documentIds = [...new Set(held.map((r) => r.sessionDocumentId).filter(Boolean))];
  const sessions = (await strapi.db.query(SESSION).findMany({
    where: { documentId: { $in: documentIds } },
    select: ['documentId'],
    populate: { venues: { select: ['endsAt'] } },
  })) as { documentId: string; venues?: { endsAt: string }[] }[];
  const ends = lastVenueEnds(sessions);

  const expired = held
    .filter((r) => {
      const since = (r.sessionDocumentId && ends.get(r.sessionDocumentId)) || r.createdAt;
      return isPastRetention(since, now, days);
    })
    .map((r) => r.id);
  if (expired.length === 0) return 0;

  const erased = Object.fromEntries(PERSONAL_FIELDS.map((field) => [field, null]));
  await strapi.db.query(REGISTRATION).updateMany({
    where: { id: { $in: expired } },
    data: { ...erased, erasedAt: now },
  });
  return expired.length;
}
