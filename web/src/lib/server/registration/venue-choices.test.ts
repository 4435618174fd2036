import type { SessionVenue } from '@assc/schemas';
import { describe, expect, it } from 'vitest';
import { venueChoices } from './venue-choices';

const venue = (city: SessionVenue['city']): SessionVenue => ({
  id: 1,
  city,
  name: `${city} hall`,
  address: null,
  startsAt: '2026-12-25T05:00:00.000Z',
  endsAt: '2026-12-25T08:00:00.000Z',
  timeZone: 'Asia/Tokyo',
  capacity: 30,
});

describe('venueChoices', () => {
  it('joins each venue with its seats', () => {
    const choices = venueChoices([venue('tokyo'), venue('osaka')], {
      session: 'd',
      open: true,
      deadline: null,
      venues: [
        { city: 'tokyo', capacity: 30, confirmed: 27, waitlisted: 0, remaining: 3, state: 'few' },
        { city: 'osaka', capacity: 30, confirmed: 30, waitlisted: 2, remaining: 0, state: 'full' },
      ],
    });
    expect(choices.map((c) => [c.city, c.state, c.remaining])).toEqual([
      ['tokyo', 'few', 3],
      ['osaka', 'full', 0],
    ]);
  });

  it('stays usable when the seats are unknown', () => {
    const [choice] = venueChoices([venue('online')], undefined);
    expect(choice).toMatchObject({ city: 'online', state: 'unknown', remaining: null });
  });
});
