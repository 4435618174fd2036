import { describe, expect, it } from 'vitest';
import type { SessionVersion } from '../session-lookup';
import { siteLinks } from '../site-links';
import { calendarAttachment } from './calendar-attachment';
import {
  alreadyRegisteredMail,
  confirmationMail,
  promotedMail,
  staffNoticeMail,
  type Seat,
} from './messages';

const session: SessionVersion = {
  id: 7,
  documentId: 'kickoffdoc',
  locale: 'en',
  title: 'Foreign Workers Round Table #1',
  slug: 'round-table-01',
  sessionStatus: 'scheduled',
  registrationOpen: true,
  registrationDeadline: null,
  venues: [
    {
      city: 'tokyo',
      name: 'ASSC Tokyo venue',
      address: 'Chiyoda-ku, Tokyo',
      startsAt: '2018-10-10T05:00:00.000Z',
      endsAt: '2018-10-10T08:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      capacity: 50,
    },
    {
      city: 'osaka',
      name: 'ASSC Osaka venue',
      address: 'Kita-ku, Osaka',
      startsAt: '2018-10-10T05:00:00.000Z',
      endsAt: '2018-10-10T08:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      capacity: 30,
    },
  ],
};
const links = siteLinks({ SITE_URL: 'https://rt.example' });
const seat = (locale: 'ja' | 'en'): Seat => ({
  to: 'taro@example.org',
  locale,
  session: { ...session, locale },
  venue: session.venues[0]!,
});
const cancelUrl = links.cancelPage('en', 'TOKEN_abc-123');
const ics = calendarAttachment(session, session.venues[0]!, 'en', links);

describe('confirmation e-mail', () => {
  const mail = confirmationMail(seat('en'), {
    name: '<img src=x onerror=alert(1)>',
    status: 'confirmed',
    cancelUrl,
    pageUrl: links.sessionPage('en', session.slug),
    ics,
  });

  it('says what, where, when (Japan time) and which status', () => {
    expect(mail.subject).toBe('Registration confirmed: Foreign Workers Round Table #1');
    expect(mail.text).toContain('Session: Foreign Workers Round Table #1');
    expect(mail.text).toContain('Venue: Tokyo — ASSC Tokyo venue, Chiyoda-ku, Tokyo');
    expect(mail.text).toContain('Wednesday, 10 October 2018 14:00–17:00 (Japan time)');
    expect(mail.text).toContain('Status: Confirmed');
  });

  it('carries the personal cancel link, clickable in HTML', () => {
    expect(mail.text).toContain('https://rt.example/en/registrations/cancel?token=TOKEN_abc-123');
    expect(mail.html).toContain(`<a href="${cancelUrl}">`);
  });

  it('escapes the name in the HTML part', () => {
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).not.toContain('<img');
  });

  it('attaches a calendar with the registrant’s venue only', () => {
    expect(mail.attachments?.[0]?.filename).toBe('round-table-01-tokyo.ics');
    const calendar = mail.attachments?.[0]?.content ?? '';
    expect(calendar).toContain('DTSTART;TZID=Asia/Tokyo:20181010T140000');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(calendar).not.toContain('Osaka');
  });

  it('is written in Japanese for Japanese registrants', () => {
    const ja = confirmationMail(seat('ja'), {
      name: '山田 太郎',
      status: 'waitlisted',
      cancelUrl,
      pageUrl: links.sessionPage('ja', session.slug),
      ics,
    });
    expect(ja.subject).toMatch(/^【キャンセル待ち受付】/);
    expect(ja.text).toContain('山田 太郎 様');
    expect(ja.text).toContain('2018年10月10日（水） 14:00〜17:00（日本時間）');
    expect(ja.text).toContain('■ 状態：キャンセル待ち');
  });
});

describe('other e-mails', () => {
  it('tells an address already registered what it holds, without a new link', () => {
    const mail = alreadyRegisteredMail(seat('en'), 'waitlisted');
    expect(mail.subject).toMatch(/^Already registered/);
    expect(mail.text).toContain('Status: Waiting list');
    expect(mail.text).not.toContain('token=');
  });

  it('tells a promoted person they have a seat', () => {
    const mail = promotedMail(seat('ja'), { name: 'Lan', pageUrl: 'https://rt.example', ics });
    expect(mail.subject).toContain('参加確定');
    expect(mail.text).toContain('■ 状態：参加確定');
    expect(mail.attachments).toHaveLength(1);
  });

  it('gives staff counts and no personal data', () => {
    const mail = staffNoticeMail({
      to: 'office@example.org',
      kind: 'registered',
      session,
      venue: session.venues[0]!,
      status: 'waitlisted',
      confirmed: 50,
      waitlisted: 3,
      promoted: 0,
    });
    expect(mail.to).toBe('office@example.org');
    expect(mail.text).toContain('50 / 50');
    expect(mail.text).toContain('waiting: 3');
    expect(mail.text).not.toMatch(/@|token/);
  });
});
