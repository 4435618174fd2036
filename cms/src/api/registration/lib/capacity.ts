import type { VenueCity } from '@assc/schemas';
import type { Core } from '@strapi/strapi';

export const REGISTRATION = 'api::registration.registration';

/** First key of PostgreSQL's two-key advisory locks: keeps ours apart from anyone else's. */
const LOCK_CLASS = 0x41535343; // "ASSC"

interface Transaction {
  raw(sql: string, bindings: readonly unknown[]): PromiseLike<unknown>;
}

interface KnexClient {
  pool?: { max?: number } | null;
  config?: { pool?: { max?: number } };
}

function dbClient(strapi: Core.Strapi): string {
  return strapi.db.dialect.client;
}

/**
 * Seat counting must see every earlier registration for the same session and keep later ones
 * waiting. Whatever the database, callers count and insert inside `withSessionLock`.
 *
 * - PostgreSQL: a transaction-scoped advisory lock per session, so two transactions for the
 *   same session queue up while other sessions go on in parallel. READ COMMITTED takes a new
 *   snapshot per statement, so the count after the lock sees what the previous holder committed.
 * - SQLite: knex runs better-sqlite3 with a pool of exactly one connection, and a transaction
 *   holds it until it ends, so transactions are serialised as a whole. `assertSerialisable`
 *   checks that at start-up rather than trusting it.
 */
export async function withSessionLock<T>(
  strapi: Core.Strapi,
  sessionDocumentId: string,
  work: () => Promise<T>,
): Promise<T> {
  return strapi.db.transaction(async ({ trx }) => {
    if (dbClient(strapi) === 'postgres') {
      await (trx as unknown as Transaction).raw('SELECT pg_advisory_xact_lock(?, hashtext(?))', [
        LOCK_CLASS,
        sessionDocumentId,
      ]);
    }
    return work();
  });
}

/** Refuses to run on a database where `withSessionLock` would not serialise anything. */
export function assertSerialisable(strapi: Core.Strapi): void {
  const client = dbClient(strapi);
  if (client === 'postgres') return;
  if (client === 'sqlite') {
    const knex = strapi.db.connection.client as unknown as KnexClient;
    const max = knex.pool?.max ?? knex.config?.pool?.max;
    if (max === 1) return;
    throw new Error(
      `SQLite must run with a single pooled connection for registrations to count seats safely (pool max is ${String(max)}).`,
    );
  }
  throw new Error(`Registrations support PostgreSQL and SQLite, not ${client}.`);
}

export interface VenueCounts {
  confirmed: number;
  waitlisted: number;
}

/** Confirmed and waiting registrations per venue of one session (cancelled ones do not count). */
export async function countByVenue(
  strapi: Core.Strapi,
  sessionDocumentId: string,
): Promise<Map<VenueCity, VenueCounts>> {
  const rows = (await strapi.db.query(REGISTRATION).findMany({
    where: { sessionDocumentId, status: { $in: ['confirmed', 'waitlisted'] } },
    select: ['venue', 'status'],
  })) as { venue: VenueCity; status: 'confirmed' | 'waitlisted' }[];
  const counts = new Map<VenueCity, VenueCounts>();
  for (const row of rows) {
    const entry = counts.get(row.venue) ?? { confirmed: 0, waitlisted: 0 };
    entry[row.status] += 1;
    counts.set(row.venue, entry);
  }
  return counts;
}

export async function confirmedAt(
  strapi: Core.Strapi,
  sessionDocumentId: string,
  venue: VenueCity,
): Promise<number> {
  return Number(
    await strapi.db
      .query(REGISTRATION)
      .count({ where: { sessionDocumentId, venue, status: 'confirmed' } }),
  );
}

/** A seat while confirmed registrations are fewer than the venue's capacity, else the list. */
export function statusFor(confirmed: number, capacity: number): 'confirmed' | 'waitlisted' {
  return confirmed < capacity ? 'confirmed' : 'waitlisted';
}

/**
 * Test seam: pauses between counting seats and writing the row, the window in which an
 * unserialised implementation would oversell. The concurrency test sets it so that it fails
 * whenever the lock stops working; in production it is never set (and ignored if it were).
 */
export async function raceWindow(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const ms = Number(env.REGISTRATION_RACE_WINDOW_MS ?? 0);
  if (env.NODE_ENV === 'production' || !(ms > 0)) return;
  await new Promise((resolve) => setTimeout(resolve, ms));
}
