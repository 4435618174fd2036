import { describe, expect, it } from 'vitest';
import { sessionCalendar } from './session-calendar';

const session = {
  documentId: 'abc123',
  title: '第1回 外国人労働者ラウンドテーブル',
  slug: 'round-table-01',
  sessionStatus: 'held' as const,
  venues: [
    {
      id: 1,
      city: 'tokyo' as const,
      name: 'ASSC 会議室',
      address: '東京都千代田区',
      startsAt: '2018-10-10T05:00:00.000Z',
      endsAt: '2018-10-10T08:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      capacity: 50,
    },
    {
      id: 2,
      city: 'osaka' as const,
      name: '大阪会場',
      address: null,
      startsAt: '2018-10-10T06:00:00.000Z',
      endsAt: '2018-10-10T08:30:00.000Z',
      timeZone: 'Asia/Tokyo',
      capacity: 30,
    },
  ],
};

const options = {
  locale: 'ja' as const,
  pageUrl: 'https://example.org/ja/sessions/round-table-01',
  uidDomain: 'example.org',
};

describe('sessionCalendar', () => {
  it('writes one event per venue in Japan time with its time zone', () => {
    const ics = sessionCalendar(session, options);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;TZID=Asia/Tokyo:20181010T140000');
    expect(ics).toContain('DTEND;TZID=Asia/Tokyo:20181010T170000');
    expect(ics).toContain('DTSTART;TZID=Asia/Tokyo:20181010T150000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('TZID:Asia/Tokyo');
    expect(ics).toContain('UID:abc123-tokyo@example.org');
    expect(ics).toContain('SUMMARY:第1回 外国人労働者ラウンドテーブル (東京)');
  });

  it('can be limited to one venue', () => {
    const ics = sessionCalendar(session, { ...options, locale: 'en', cities: ['osaka'] });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('(Osaka)');
  });
});
