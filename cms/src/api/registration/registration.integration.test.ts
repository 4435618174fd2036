import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import {
  AvailabilityResponse,
  CancellationDone,
  CancellationPreview,
  RegistrationAccepted,
  StrapiErrorBody,
} from '@assc/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  startCms,
  testEnv,
  type RunningCms,
  type TestDatabase,
} from '../../../test/cms-process';
import {
  Staff,
  cancelTokenIn,
  daysFromNow,
  readOutbox,
  tempOutbox,
  waitForMail,
  type SessionInput,
} from '../../../test/registrations';

interface Answer {
  status: number;
  body: unknown;
}

const person = (email: string, venue = 'tokyo', language: 'ja' | 'en' = 'en') => ({
  venue,
  name: `Test ${email.split('@')[0]}`,
  organization: 'Round Table Test NGO',
  phone: '090-1234-5678',
  email,
  consent: true,
  language,
});

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.org`;

function errorCode(answer: Answer): string | undefined {
  const body = StrapiErrorBody.parse(answer.body);
  return (body.error.details as { code?: string } | undefined)?.code;
}

describe.each(databaseKinds())('session registration on %s', (kind) => {
  let database: TestDatabase;
  let cms: RunningCms;
  let staff: Staff;
  let outbox: string;
  const ids: Record<string, string> = {};

  const call = async (
    method: string,
    path: string,
    body?: unknown,
    token: string | null = cms.env.CMS_REGISTRATION_TOKEN ?? '',
  ): Promise<Answer> => {
    const response = await cms.get(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const register = (session: string, data: Record<string, unknown>) =>
    call('POST', '/api/registrations', { data: { session, ...data } });
  const availability = async (session: string) => {
    const answer = await call('GET', `/api/registrations/availability/${session}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return AvailabilityResponse.parse(answer.body).data;
  };
  const venueCounts = async (session: string, city: string) =>
    (await staff.counts(session)).data.venues.find((v) => v.city === city);

  const sessions: Record<string, SessionInput> = {
    big: {
      slug: 'reg-big',
      ordinal: 901,
      venues: [
        { city: 'tokyo', capacity: 30 },
        { city: 'osaka', capacity: 2 },
      ],
    },
    closed: {
      slug: 'reg-closed',
      ordinal: 902,
      registrationOpen: false,
      venues: [{ city: 'tokyo', capacity: 5 }],
    },
    late: {
      slug: 'reg-late',
      ordinal: 903,
      registrationDeadline: daysFromNow(-1),
      venues: [{ city: 'tokyo', capacity: 5 }],
    },
    cancelled: {
      slug: 'reg-cancelled',
      ordinal: 904,
      sessionStatus: 'cancelled',
      venues: [{ city: 'tokyo', capacity: 5 }],
    },
    tokyoOnly: { slug: 'reg-tokyo-only', ordinal: 905, venues: [{ city: 'tokyo', capacity: 5 }] },
    draft: {
      slug: 'reg-draft',
      ordinal: 906,
      draft: true,
      venues: [{ city: 'tokyo', capacity: 5 }],
    },
    republished: {
      slug: 'reg-republished',
      ordinal: 907,
      venues: [{ city: 'online', capacity: 1 }],
    },
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    outbox = tempOutbox();
    cms = await startCms(database, {
      ...testEnv(),
      OUTBOX_DIR: outbox,
      SITE_PUBLIC_URL: 'https://rt.example',
      // Widens the gap between counting and writing, so a broken lock shows as an oversold venue.
      REGISTRATION_RACE_WINDOW_MS: '25',
    });
    staff = await Staff.login(cms);
    for (const [key, input] of Object.entries(sessions))
      ids[key] = await staff.createSession(input);
  });
  afterAll(async () => {
    await cms?.stop();
    await database?.dispose();
    if (outbox) rmSync(outbox, { recursive: true, force: true });
  });

  describe('who may call it', () => {
    const routes = (session: string): [string, string, unknown][] => [
      ['POST', '/api/registrations', { data: { session, ...person('x@example.org') } }],
      ['GET', `/api/registrations/availability/${session}`, undefined],
      ['POST', '/api/registrations/cancellation/preview', { token: 'a'.repeat(43) }],
      ['POST', '/api/registrations/cancellation', { token: 'a'.repeat(43) }],
    ];

    it('refuses the public and the read token on every route', async () => {
      for (const [method, path, body] of routes(ids.big!)) {
        for (const token of [null, cms.env.CMS_READ_TOKEN ?? '', 'not-a-token']) {
          const answer = await call(method, path, body, token);
          expect([401, 403], `${method} ${path} with ${token}`).toContain(answer.status);
        }
      }
      expect((await staff.counts(ids.big!)).data.venues.every((v) => v.confirmed === 0)).toBe(true);
    });

    it('gives the registration token nothing but its four routes', async () => {
      for (const path of [
        '/api/sessions',
        `/api/sessions/${ids.big}`,
        '/api/site-setting',
        '/api/registrations',
        '/api/registrations/1',
      ]) {
        expect([403, 404], path).toContain((await call('GET', path)).status);
      }
    });
  });

  describe('capacity', () => {
    it('gives exactly 30 of 100 simultaneous registrants a seat, and 70 a place in line', async () => {
      const emails = Array.from({ length: 100 }, (_, i) => uniqueEmail(`crowd${i}`));
      const answers = await Promise.all(
        emails.map((email) => register(ids.big!, person(email, 'tokyo'))),
      );
      for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      const statuses = answers.map((a) => RegistrationAccepted.parse(a.body).data.status);
      expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(30);
      expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(70);

      const tokyo = (await availability(ids.big!)).venues.find((v) => v.city === 'tokyo');
      expect(tokyo).toEqual({
        city: 'tokyo',
        capacity: 30,
        confirmed: 30,
        waitlisted: 70,
        remaining: 0,
        state: 'full',
      });
      expect(await venueCounts(ids.big!, 'tokyo')).toMatchObject({ confirmed: 30, waitlisted: 70 });

      // Every registrant hears about their own registration, and about nobody else.
      const mails = await waitForMail(outbox, (m) => emails.includes(m.to[0] ?? ''), 100);
      const byAddress = new Map(mails.map((m) => [m.to[0], m]));
      expect(byAddress.size).toBe(100);
      emails.forEach((email, i) => {
        const mail = byAddress.get(email)!;
        expect(mail.to).toEqual([email]);
        expect(mail.subject).toMatch(
          statuses[i] === 'confirmed' ? /^Registration confirmed/ : /^On the waiting list/,
        );
        const others = emails.filter((e) => e !== email);
        const everything = `${mail.raw}${mail.text}${mail.html}`;
        expect(others.some((other) => everything.includes(other.split('@')[0]!))).toBe(false);
      });
    });
  });

  describe('a registration', () => {
    it('is confirmed by an e-mail in the registrant’s language with calendar and cancel link', async () => {
      const email = uniqueEmail('lang');
      const answer = await register(ids.big!, {
        ...person(email, 'osaka', 'ja'),
        name: '<script>alert("x")</script> 山田',
      });
      expect(answer.status).toBe(201);
      expect(RegistrationAccepted.parse(answer.body).data.status).toBe('confirmed');

      const [mail] = await waitForMail(outbox, (m) => m.to[0] === email);
      expect(mail!.subject).toBe(`【参加登録完了】${sessions.big!.slug} (ja)`);
      expect(mail!.text).toContain('<script>alert("x")</script> 山田 様');
      expect(mail!.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 山田 様');
      expect(mail!.html).not.toContain('<script>');
      expect(mail!.text).toContain('■ 会場：大阪　osaka 会場　osaka の住所');
      expect(mail!.text).toMatch(/■ 日時：\d{4}年\d{1,2}月\d{1,2}日（.） 14:00〜17:00（日本時間）/);
      expect(mail!.text).toMatch(
        /https:\/\/rt\.example\/ja\/registrations\/cancel\?token=[A-Za-z0-9_-]{43}\n/,
      );
      expect(mail!.attachments.map((a) => a.filename)).toEqual(['reg-big-osaka.ics']);
      expect(mail!.attachments[0]!.content).toContain('DTSTART;TZID=Asia/Tokyo:');

      // Staff hear about it at the site settings' contact address, without personal data.
      const staffMails = await waitForMail(
        outbox,
        (m) => m.to[0] === 'info@example.org' && m.text.includes('osaka 会場'),
      );
      expect(`${staffMails[0]!.raw}${staffMails[0]!.text}`).not.toContain(email.split('@')[0]);
    });

    it('is refused, and nothing stored, when the session does not take registrations', async () => {
      const cases: [string, string, number, string][] = [
        ['closed', 'tokyo', 409, 'registration_closed'],
        ['late', 'tokyo', 409, 'deadline_passed'],
        ['cancelled', 'tokyo', 409, 'session_cancelled'],
        ['tokyoOnly', 'osaka', 409, 'venue_unknown'],
        ['draft', 'tokyo', 404, 'session_not_found'],
      ];
      for (const [key, venue, status, code] of cases) {
        const answer = await register(ids[key]!, person(uniqueEmail(key), venue));
        expect(answer.status, key).toBe(status);
        expect(errorCode(answer), key).toBe(code);
      }
      const unknown = await register('nosuchdocumentid000000000', person(uniqueEmail('unknown')));
      expect([unknown.status, errorCode(unknown)]).toEqual([404, 'session_not_found']);

      for (const key of ['closed', 'late', 'cancelled', 'tokyoOnly', 'draft']) {
        const venues = (await staff.counts(ids[key]!)).data.venues;
        expect(
          venues.reduce((n, v) => n + v.confirmed + v.waitlisted, 0),
          key,
        ).toBe(0);
      }
      const closed = await availability(ids.closed!);
      expect(closed).toMatchObject({ open: false, reason: 'registration_closed' });
      expect(closed.venues[0]?.state).toBe('closed');
      expect((await availability(ids.late!)).reason).toBe('deadline_passed');
      expect((await availability(ids.cancelled!)).reason).toBe('session_cancelled');
      const draft = await call('GET', `/api/registrations/availability/${ids.draft}`);
      expect([draft.status, errorCode(draft)]).toEqual([404, 'session_not_found']);
    });

    it('is refused field by field with message keys when the form is wrong', async () => {
      const answer = await register(ids.tokyoOnly!, {
        venue: 'kyoto',
        name: '',
        organization: 'x'.repeat(201),
        phone: '12',
        email: 'not-an-address',
        consent: false,
        language: 'en',
      });
      expect(answer.status).toBe(400);
      expect(StrapiErrorBody.parse(answer.body).error.details).toEqual({
        code: 'invalid',
        fieldErrors: {
          venue: 'venue_invalid',
          name: 'required',
          organization: 'too_long',
          phone: 'phone_invalid',
          email: 'email_invalid',
          consent: 'consent_required',
        },
      });
      for (const body of [{}, { data: { session: ids.tokyoOnly } }, { data: person('a@b.jp') }]) {
        const bad = await call('POST', '/api/registrations', body);
        expect([bad.status, errorCode(bad)]).toEqual([400, 'invalid']);
      }
      expect((await venueCounts(ids.tokyoOnly!, 'tokyo'))?.confirmed).toBe(0);
    });
  });

  describe('the same e-mail twice', () => {
    it('takes no second seat, answers like a newcomer, and tells the address', async () => {
      const email = uniqueEmail('twice');
      const first = await register(ids.tokyoOnly!, person(email, 'tokyo'));
      expect(RegistrationAccepted.parse(first.body).data.status).toBe('confirmed');
      // Upper case and full-width letters are the same address once normalised.
      const shouting = email.toUpperCase().replace('T', 'Ｔ');
      const second = await register(ids.tokyoOnly!, person(shouting, 'tokyo', 'ja'));
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect((await venueCounts(ids.tokyoOnly!, 'tokyo'))?.confirmed).toBe(1);

      const notices = await waitForMail(outbox, (m) => m.to[0] === email.toLowerCase(), 2);
      expect(notices.map((m) => m.subject).sort()).toEqual([
        `Registration confirmed: ${sessions.tokyoOnly!.slug} (en)`,
        `【お申し込み済み】${sessions.tokyoOnly!.slug} (ja)`,
      ]);
    });

    it('answers "waitlisted" once the venue is full, still without a row', async () => {
      const venue = await venueCounts(ids.tokyoOnly!, 'tokyo');
      const email = uniqueEmail('full');
      await register(ids.tokyoOnly!, person(email, 'tokyo'));
      for (let i = (venue?.confirmed ?? 0) + 1; i < 5; i++) {
        await register(ids.tokyoOnly!, person(uniqueEmail('filler'), 'tokyo'));
      }
      expect(await venueCounts(ids.tokyoOnly!, 'tokyo')).toMatchObject({ confirmed: 5 });
      const again = await register(ids.tokyoOnly!, person(email, 'tokyo'));
      expect(RegistrationAccepted.parse(again.body).data.status).toBe('waitlisted');
      expect(await venueCounts(ids.tokyoOnly!, 'tokyo')).toMatchObject({
        confirmed: 5,
        waitlisted: 0,
      });
    });
  });

  describe('cancellation', () => {
    const cancel = (token: string) => call('POST', '/api/registrations/cancellation', { token });
    const preview = (token: string) =>
      call('POST', '/api/registrations/cancellation/preview', { token });

    it('frees the seat for the longest-waiting person, once per token', async () => {
      // Osaka at "big" has two seats; one was taken by the language test above.
      const holder = uniqueEmail('holder');
      const first = uniqueEmail('waiting1');
      const second = uniqueEmail('waiting2');
      expect(
        RegistrationAccepted.parse((await register(ids.big!, person(holder, 'osaka'))).body).data
          .status,
      ).toBe('confirmed');
      expect(
        RegistrationAccepted.parse((await register(ids.big!, person(first, 'osaka'))).body).data
          .status,
      ).toBe('waitlisted');
      expect(
        RegistrationAccepted.parse((await register(ids.big!, person(second, 'osaka'))).body).data
          .status,
      ).toBe('waitlisted');
      const [mail] = await waitForMail(outbox, (m) => m.to[0] === holder);
      const token = cancelTokenIn(mail!);

      const shown = await preview(token);
      expect(shown.status).toBe(200);
      expect(CancellationPreview.parse(shown.body).data).toEqual({
        session: { documentId: ids.big, title: `${sessions.big!.slug} (en)`, slug: 'reg-big' },
        venue: 'osaka',
        status: 'confirmed',
        language: 'en',
      });
      // A preview changes nothing.
      expect(await venueCounts(ids.big!, 'osaka')).toMatchObject({ confirmed: 2, waitlisted: 2 });

      const done = await cancel(token);
      expect(done.status).toBe(200);
      expect(CancellationDone.parse(done.body).data).toMatchObject({
        cancelled: true,
        venue: 'osaka',
        session: { documentId: ids.big },
      });
      expect(await venueCounts(ids.big!, 'osaka')).toMatchObject({ confirmed: 2, waitlisted: 1 });

      const [promoted] = await waitForMail(
        outbox,
        (m) => m.to[0] === first && /^You have a seat/.test(m.subject),
      );
      expect(promoted!.attachments).toHaveLength(1);
      await waitForMail(
        outbox,
        (m) => m.to[0] === holder && /^Registration cancelled/.test(m.subject),
      );
      expect(
        (await readOutbox(outbox)).some((m) => m.to[0] === second && /seat/.test(m.subject)),
      ).toBe(false);

      for (const again of [await cancel(token), await preview(token)]) {
        expect([again.status, errorCode(again)]).toEqual([404, 'token_invalid']);
      }
      expect(await venueCounts(ids.big!, 'osaka')).toMatchObject({ confirmed: 2, waitlisted: 1 });
    });

    it('of a waiting-list place promotes nobody', async () => {
      const [mail] = await waitForMail(outbox, (m) => /waiting2/.test(m.to[0] ?? ''));
      expect((await cancel(cancelTokenIn(mail!))).status).toBe(200);
      expect(await venueCounts(ids.big!, 'osaka')).toMatchObject({ confirmed: 2, waitlisted: 0 });
    });

    it('refuses unknown and malformed tokens', async () => {
      const unknown = randomBytes(32).toString('base64url');
      for (const answer of [await cancel(unknown), await preview(unknown)]) {
        expect([answer.status, errorCode(answer)]).toEqual([404, 'token_invalid']);
      }
      for (const body of [{}, { token: 'short' }, { token: 'not base64url!'.repeat(3) }]) {
        const answer = await call('POST', '/api/registrations/cancellation', body);
        expect([answer.status, errorCode(answer)]).toEqual([400, 'invalid']);
      }
    });
  });

  describe('republishing a session', () => {
    it('keeps its registrations counted', async () => {
      const id = ids.republished!;
      const input = sessions.republished!;
      const email = uniqueEmail('republish');
      expect(
        RegistrationAccepted.parse((await register(id, person(email, 'online'))).body).data.status,
      ).toBe('confirmed');

      await staff.publishSession(id, { ...input, title: 'Renamed and published again' });
      await staff.unpublishSession(id, 'ja');
      await staff.unpublishSession(id, 'en');
      const gone = await register(id, person(uniqueEmail('while-unpublished'), 'online'));
      expect(errorCode(gone)).toBe('session_not_found');
      await staff.publishSession(id, input, 'ja');
      await staff.publishSession(id, input, 'en');

      const online = (await availability(id)).venues[0];
      expect(online).toMatchObject({ confirmed: 1, remaining: 0, state: 'full' });
      const next = await register(id, person(uniqueEmail('after'), 'online'));
      expect(RegistrationAccepted.parse(next.body).data.status).toBe('waitlisted');
      const again = await register(id, person(email, 'online'));
      expect(RegistrationAccepted.parse(again.body).data.status).toBe('waitlisted');
      expect(await venueCounts(id, 'online')).toMatchObject({ confirmed: 1, waitlisted: 1 });

      // The cancel link from before still works and promotes the next person.
      const [mail] = await waitForMail(
        outbox,
        (m) => m.to[0] === email && /^Registration confirmed/.test(m.subject),
      );
      expect(
        (await call('POST', '/api/registrations/cancellation', { token: cancelTokenIn(mail!) }))
          .status,
      ).toBe(200);
      expect(await venueCounts(id, 'online')).toMatchObject({ confirmed: 1, waitlisted: 0 });
    });
  });
});
