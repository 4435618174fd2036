import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  startCms,
  testEnv,
  type RunningCms,
  type TestDatabase,
} from '../../../test/cms-process';
import { freePort } from '../../../../scripts/lib/processes.mjs';
import { Staff, daysFromNow, staffMember } from '../../../test/registrations';

const REGISTRATIONS = '/content-manager/collection-types/api::registration.registration';

interface RegistrationEntry {
  documentId: string;
  name: string | null;
  organization: string | null;
  phone: string | null;
  email: string | null;
  cancelTokenHash?: string | null;
  venue: string;
  status: string;
  erasedAt: string | null;
  sessionDocumentId: string | null;
}

describe.each(databaseKinds())('staff and registrations on %s', (kind) => {
  let database: TestDatabase;
  let cms: RunningCms;
  let admin: Staff;
  let editor: Record<string, string>;
  let author: Record<string, string>;
  let upcoming: string;

  const register = (data: Record<string, unknown>) =>
    cms.get('/api/registrations', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${cms.env.CMS_REGISTRATION_TOKEN}`,
      },
      body: JSON.stringify({ data: { session: upcoming, language: 'ja', consent: true, ...data } }),
    });

  /** A registration made by staff in the admin panel, e.g. for someone who phoned. */
  const staffRegistration = (session: string, name: string) =>
    admin.request<{ data: RegistrationEntry }>('POST', REGISTRATIONS, {
      session: { connect: [{ documentId: session, locale: 'ja' }] },
      venue: 'tokyo',
      name,
      organization: 'Phoned in',
      phone: '03-1234-5678',
      email: `${name}@example.org`,
      language: 'ja',
      consentAt: new Date().toISOString(),
    });
  const entry = async (documentId: string) =>
    (await admin.request<{ data: RegistrationEntry }>('GET', `${REGISTRATIONS}/${documentId}`))
      .data;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    cms = await startCms(database, {
      ...testEnv(),
      // A mail server that refuses every connection: registrations must not care.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await freePort()),
      // The retention task runs every second here instead of nightly.
      REGISTRATION_RETENTION_CRON: '* * * * * *',
      REGISTRATION_RETENTION_DAYS: '90',
    });
    admin = await Staff.login(cms);
    editor = await staffMember(cms, admin, 'strapi-editor');
    author = await staffMember(cms, admin, 'strapi-author');
    upcoming = await admin.createSession({
      slug: 'staff-upcoming',
      ordinal: 950,
      venues: [{ city: 'tokyo', capacity: 10 }],
    });
  });
  afterAll(async () => {
    await cms?.stop();
    await database?.dispose();
  });

  describe('the CSV export', () => {
    const csvPath = () => `/registration-admin/sessions/${upcoming}/registrations.csv`;

    beforeAll(async () => {
      for (const data of [
        {
          venue: 'tokyo',
          name: '=HYPERLINK("http://evil.example","click")',
          organization: 'Foo, "Bar"',
          phone: '+81 90-1234-5678',
          email: 'formula@example.org',
        },
        {
          venue: 'tokyo',
          name: '山田 太郎',
          organization: '@ASSC',
          phone: '090-1234-5678',
          email: 'taro@example.org',
        },
      ]) {
        expect((await register(data)).status).toBe(201);
      }
    });

    it('is refused to anyone not logged in to the admin panel', async () => {
      const tokens = [
        undefined,
        cms.env.CMS_READ_TOKEN,
        cms.env.CMS_REGISTRATION_TOKEN,
        'not-a-token',
      ];
      for (const token of tokens) {
        const response = await cms.get(csvPath(), {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
        expect(response.status, String(token)).toBe(401);
        expect(await response.text()).not.toContain('taro');
      }
    });

    it('is refused to Authors, who may not see registrations at all', async () => {
      for (const path of [csvPath(), `/registration-admin/sessions/${upcoming}/counts`]) {
        const response = await cms.get(path, { headers: author });
        expect(response.status, path).toBe(403);
      }
      expect((await cms.get(REGISTRATIONS, { headers: author })).status).toBe(403);
      expect((await cms.get(REGISTRATIONS, { headers: editor })).status).toBe(200);
    });

    it('serves Editors UTF-8 with a BOM, quoted, with formulas neutralised', async () => {
      const response = await cms.get(csvPath(), { headers: editor });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="registrations-staff-upcoming-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(bytes.subarray(3).toString('utf8')) as string[][];
      expect(rows).toHaveLength(3);
      const [header, formula, taro] = rows;
      expect(header?.[3]).toContain('Name');
      expect(formula?.slice(1, 7)).toEqual([
        'confirmed',
        'tokyo',
        `'=HYPERLINK("http://evil.example","click")`,
        'Foo, "Bar"',
        "'+81 90-1234-5678",
        'formula@example.org',
      ]);
      expect(taro?.slice(3, 5)).toEqual(['山田 太郎', "'@ASSC"]);
      expect(bytes.toString('utf8')).toContain('"Foo, ""Bar"""');
    });

    it('is served to the Super Admin, with counts for the side panel', async () => {
      expect((await cms.get(csvPath(), { headers: admin.headers })).status).toBe(200);
      const counts = await cms.get(`/registration-admin/sessions/${upcoming}/counts`, {
        headers: editor,
      });
      expect(await counts.json()).toEqual({
        data: {
          documentId: upcoming,
          venues: [
            { city: 'tokyo', name: 'tokyo 会場', capacity: 10, confirmed: 2, waitlisted: 0 },
          ],
        },
      });
    });
  });

  describe('a broken mail server', () => {
    it('costs nobody their registration, and is logged', async () => {
      // The CSV export above already holds the two registrations made through the site.
      const counts = await admin.counts(upcoming);
      expect(counts.data.venues[0]).toMatchObject({ confirmed: 2 });
      const deadline = Date.now() + 15_000;
      while (!/Registration e-mail \(registration\) could not be sent/.test(cms.output())) {
        expect(Date.now(), 'no e-mail failure was logged').toBeLessThan(deadline);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    });
  });

  describe('registrations made by staff', () => {
    it('are counted like the site’s', async () => {
      const created = await staffRegistration(upcoming, 'phoned');
      expect((await entry(created.data.documentId)).sessionDocumentId).toBe(upcoming);
      const counts = await admin.counts(upcoming);
      expect(counts.data.venues[0]).toMatchObject({ confirmed: 3 });
    });
  });

  describe('retention', () => {
    it('erases personal data 90 days after the session, keeping venue and status', async () => {
      const ended = (days: number) => ({
        city: 'tokyo' as const,
        capacity: 10,
        startsAt: daysFromNow(-days, 5),
        endsAt: daysFromNow(-days, 8),
      });
      const old = await admin.createSession({
        slug: 'staff-old',
        ordinal: 951,
        sessionStatus: 'held',
        registrationOpen: false,
        registrationDeadline: null,
        venues: [ended(91)],
      });
      const recent = await admin.createSession({
        slug: 'staff-recent',
        ordinal: 952,
        sessionStatus: 'held',
        registrationOpen: false,
        registrationDeadline: null,
        venues: [ended(30)],
      });
      const expired = (await staffRegistration(old, 'expired')).data.documentId;
      const kept = (await staffRegistration(recent, 'kept')).data.documentId;

      const deadline = Date.now() + 15_000;
      let erased = await entry(expired);
      while (!erased.erasedAt && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        erased = await entry(expired);
      }
      expect(erased).toMatchObject({
        name: null,
        organization: null,
        phone: null,
        email: null,
        venue: 'tokyo',
        sessionDocumentId: old,
      });
      expect(erased.erasedAt).not.toBeNull();
      expect((await admin.counts(old)).data.venues[0]).toMatchObject({ confirmed: 1 });

      expect(await entry(kept)).toMatchObject({ name: 'kept', erasedAt: null });
      const csv = await cms.get(`/registration-admin/sessions/${upcoming}/registrations.csv`, {
        headers: editor,
      });
      expect(await csv.text()).toContain('taro@example.org');
    });
  });
});
