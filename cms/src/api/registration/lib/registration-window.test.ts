import { describe, expect, it } from 'vitest';
import { statusFor } from './capacity';
import { closedReason } from './registration-window';
import type { SessionVersion } from './session-lookup';

const session = (overrides: Partial<SessionVersion> = {}): SessionVersion => ({
  id: 1,
  documentId: 'doc',
  locale: 'ja',
  title: 'Round Table',
  slug: 'round-table',
  sessionStatus: 'scheduled',
  registrationOpen: true,
  registrationDeadline: '2018-10-07T08:00:00.000Z',
  venues: [
    {
      city: 'tokyo',
      name: 'Tokyo',
      address: null,
      startsAt: '2018-10-10T05:00:00.000Z',
      endsAt: '2018-10-10T08:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      capacity: 30,
    },
  ],
  ...overrides,
});

const before = new Date('2018-10-01T00:00:00Z');

describe('closedReason', () => {
  it('is null while registration is open and the deadline ahead', () => {
    expect(closedReason(session(), before)).toBeNull();
  });

  it('says cancelled first, whatever else is set', () => {
    expect(
      closedReason(session({ sessionStatus: 'cancelled', registrationOpen: false }), before),
    ).toBe('session_cancelled');
  });

  it('is closed when staff closed it, or the session was held', () => {
    expect(closedReason(session({ registrationOpen: false }), before)).toBe('registration_closed');
    expect(closedReason(session({ sessionStatus: 'held' }), before)).toBe('registration_closed');
  });

  it('passes the deadline at the deadline itself', () => {
    expect(closedReason(session(), new Date('2018-10-07T07:59:59.999Z'))).toBeNull();
    expect(closedReason(session(), new Date('2018-10-07T08:00:00.000Z'))).toBe('deadline_passed');
  });

  it('without a deadline, closes when the first venue starts', () => {
    const open = session({ registrationDeadline: null });
    expect(closedReason(open, new Date('2018-10-10T04:59:00Z'))).toBeNull();
    expect(closedReason(open, new Date('2018-10-10T05:00:00Z'))).toBe('deadline_passed');
  });
});

describe('statusFor', () => {
  it('gives seats until the capacity is reached, then the waiting list', () => {
    expect(statusFor(0, 30)).toBe('confirmed');
    expect(statusFor(29, 30)).toBe('confirmed');
    expect(statusFor(30, 30)).toBe('waitlisted');
    expect(statusFor(31, 30)).toBe('waitlisted');
    expect(statusFor(0, 0)).toBe('waitlisted');
  });
});
