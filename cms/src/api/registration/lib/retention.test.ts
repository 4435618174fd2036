import { describe, expect, it } from 'vitest';
import {
  eraseExpiredRegistrations,
  isPastRetention,
  lastVenueEnds,
  retentionDays,
} from './retention';

describe('retention', () => {
  const end = '2018-10-10T08:00:00.000Z';

  it('keeps personal data for the given number of days after the end, to the millisecond', () => {
    const ninetyDaysLater = new Date(Date.parse(end) + 90 * 24 * 60 * 60 * 1000);
    expect(isPastRetention(end, new Date(ninetyDaysLater.getTime() - 1), 90)).toBe(false);
    expect(isPastRetention(end, ninetyDaysLater, 90)).toBe(true);
    expect(isPastRetention(end, new Date('2018-10-10T08:00:00.000Z'), 0)).toBe(true);
  });

  it('never erases on a date it cannot read', () => {
    expect(isPastRetention('not a date', new Date('2030-01-01'), 90)).toBe(false);
  });

  it('counts from the last venue of every version of a session', () => {
    const ends = lastVenueEnds([
      { documentId: 'a', venues: [{ endsAt: '2018-10-10T08:00:00.000Z' }] },
      // The English version (or a draft) was moved a day later: that one counts.
      { documentId: 'a', venues: [{ endsAt: '2018-10-11T08:00:00.000Z' }] },
      { documentId: 'b', venues: null },
    ]);
    expect(ends.get('a')).toBe('2018-10-11T08:00:00.000Z');
    expect(ends.has('b')).toBe(false);
  });

  it('reads REGISTRATION_RETENTION_DAYS, defaulting to 90', () => {
    expect(retentionDays({})).toBe(90);
    expect(retentionDays({ REGISTRATION_RETENTION_DAYS: '30' })).toBe(30);
    expect(retentionDays({ REGISTRATION_RETENTION_DAYS: '0' })).toBe(0);
    expect(retentionDays({ REGISTRATION_RETENTION_DAYS: 'soon' })).toBe(90);
    expect(retentionDays({ REGISTRATION_RETENTION_DAYS: '-1' })).toBe(90);
  });
});

describe('eraseExpiredRegistrations, with a clock', () => {
  const END = Date.parse('2018-10-10T08:00:00.000Z');
  const DAY = 24 * 60 * 60 * 1000;

  type Row = Record<string, unknown> & { id: number; erasedAt: string | Date | null };

  /** Just enough of `strapi.db.query` for the queries retention makes. */
  function fakeStrapi(rows: Row[]) {
    const sessions = [
      { documentId: 'past', venues: [{ endsAt: new Date(END).toISOString() }] },
      { documentId: 'past', venues: [{ endsAt: new Date(END - DAY).toISOString() }] },
    ];
    const query = (uid: string) => ({
      findMany: async () =>
        uid === 'api::session.session' ? sessions : rows.filter((r) => r.erasedAt === null),
      updateMany: async ({ where, data }: { where: { id: { $in: number[] } }; data: object }) => {
        for (const row of rows) if (where.id.$in.includes(row.id)) Object.assign(row, data);
        return { count: where.id.$in.length };
      },
    });
    return { db: { query } } as unknown as Parameters<typeof eraseExpiredRegistrations>[0];
  }

  const person = (id: number, sessionDocumentId: string | null, createdAt: string): Row => ({
    id,
    sessionDocumentId,
    createdAt,
    name: `n${id}`,
    organization: 'o',
    phone: 'p',
    email: `e${id}@example.org`,
    cancelTokenHash: 'h',
    venue: 'tokyo',
    status: 'confirmed',
    erasedAt: null,
  });

  it('erases nothing the day before, and everything personal on the day', async () => {
    const rows = [
      person(1, 'past', '2018-09-01T00:00:00Z'),
      person(2, 'gone', '2018-12-01T00:00:00Z'),
    ];
    const strapi = fakeStrapi(rows);

    expect(
      await eraseExpiredRegistrations(strapi, { now: new Date(END + 90 * DAY - 1), days: 90 }),
    ).toBe(0);
    expect(rows[0]!.name).toBe('n1');

    const now = new Date(END + 90 * DAY);
    expect(await eraseExpiredRegistrations(strapi, { now, days: 90 })).toBe(1);
    expect(rows[0]).toMatchObject({
      name: null,
      organization: null,
      phone: null,
      email: null,
      cancelTokenHash: null,
      venue: 'tokyo',
      status: 'confirmed',
      erasedAt: now,
    });
    // A registration whose session is gone counts from its own creation.
    expect(rows[1]!.name).toBe('n2');
    const later = new Date(Date.parse('2018-12-01T00:00:00Z') + 90 * DAY);
    expect(await eraseExpiredRegistrations(strapi, { now: later, days: 90 })).toBe(1);
    expect(rows[1]!.name).toBeNull();
  });
});
