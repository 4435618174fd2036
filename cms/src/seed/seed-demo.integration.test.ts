import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
  createTestDatabase,
  databaseKinds,
  startCms,
  testEnv,
  type RunningCms,
  type TestDatabase,
} from '../../test/cms-process';

interface SessionRow {
  documentId: string;
  title: string;
  slug: string;
  locale: string;
  venues?: { city: string; startsAt: string }[];
}
interface Collection<T> {
  data: T[];
  meta: { pagination: { total: number } };
}

const snapshot = async (cms: RunningCms) => {
  const counts: Record<string, number> = {};
  for (const type of ['sessions', 'minutes', 'reports', 'countries', 'topics']) {
    for (const locale of ['ja', 'en']) {
      const { body } = await cms.json<Collection<unknown>>(`/api/${type}?locale=${locale}`);
      counts[`${type}:${locale}`] = body.meta.pagination.total;
    }
  }
  const { body } = await cms.json<Collection<SessionRow>>(
    '/api/sessions?locale=ja&sort=ordinal&fields[0]=title&fields[1]=slug&pagination[pageSize]=100',
  );
  return { counts, sessions: body.data.map((s) => [s.documentId, s.slug, s.title]) };
};

describe.each(databaseKinds())('demo seed on %s', (kind) => {
  let database: TestDatabase;
  let cms: RunningCms;
  const env = testEnv();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    cms = await startCms(database, env);
  });
  afterAll(async () => {
    await cms?.stop();
    await database?.dispose();
  });

  it('serves the kick-off of 10 October 2018 in Japanese and in English', async () => {
    for (const locale of ['ja', 'en']) {
      const { status, body } = await cms.json<Collection<SessionRow>>(
        `/api/sessions?locale=${locale}&populate[venues]=true&sort=ordinal`,
      );
      expect(status).toBe(200);
      expect(body.data.every((s) => s.locale === locale)).toBe(true);
      const kickOff = body.data.find((s) =>
        s.venues?.some((v) => v.startsAt.startsWith('2018-10-10')),
      );
      expect(kickOff, `kick-off in ${locale}`).toBeDefined();
      expect(kickOff?.venues?.map((v) => v.city).sort()).toEqual(['osaka', 'tokyo']);
    }
  });

  it('has the same documents in both locales, with different text', async () => {
    const ja = await cms.json<Collection<SessionRow>>('/api/sessions?locale=ja&sort=ordinal');
    const en = await cms.json<Collection<SessionRow>>('/api/sessions?locale=en&sort=ordinal');
    expect(en.body.data.map((s) => s.documentId)).toEqual(ja.body.data.map((s) => s.documentId));
    expect(en.body.data[0]?.title).not.toEqual(ja.body.data[0]?.title);
    expect(ja.body.data[0]?.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('has ja as the default locale and en beside it', async () => {
    const token = await adminToken(cms);
    const response = await cms.json<{ code: string; isDefault: boolean }[]>('/i18n/locales', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.body.map((l) => l.code).sort()).toEqual(['en', 'ja']);
    expect(response.body.find((l) => l.isDefault)?.code).toBe('ja');
  });

  it('has an upcoming session with open registration, minutes and reports of both kinds', async () => {
    const now = new Date().toISOString();
    const upcoming = await cms.json<Collection<SessionRow>>(
      `/api/sessions?locale=ja&filters[registrationOpen][$eq]=true&filters[venues][startsAt][$gt]=${now}`,
    );
    expect(upcoming.body.data.length).toBeGreaterThan(0);
    const minutes = await cms.json<Collection<{ heldOn: string }>>('/api/minutes?locale=ja');
    expect(minutes.body.data.map((m) => m.heldOn)).toContain('2018-10-10');
    for (const kind of ['overseas', 'domestic']) {
      const reports = await cms.json<Collection<unknown>>(
        `/api/reports?locale=en&filters[kind][$eq]=${kind}&populate[countries]=true&populate[topics]=true`,
      );
      expect(reports.body.data.length, kind).toBeGreaterThan(0);
    }
    const all = await cms.json<Collection<unknown>>('/api/reports?locale=ja');
    expect(all.body.meta.pagination.total).toBeGreaterThanOrEqual(3);
  });

  it('seeds only once: a second start leaves the content as it was', async () => {
    const before = await snapshot(cms);
    await cms.stop();
    cms = await startCms(database, env);
    expect(cms.output()).toMatch(/seeded before; left as it is/);
    expect(await snapshot(cms)).toEqual(before);
  });
});

describe.each(databaseKinds())('a database with content of its own on %s', (kind) => {
  let database: TestDatabase;
  let cms: RunningCms | undefined;

  afterAll(async () => {
    await cms?.stop();
    await database?.dispose();
  });

  it('is never seeded', async () => {
    database = await createTestDatabase(kind);
    const env = testEnv();
    cms = await startCms(database, { ...env, SEED_DEMO: 'false' });
    const token = await adminToken(cms);
    const created = await cms.get('/content-manager/collection-types/api::topic.topic?locale=ja', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'スタッフが作った分類', slug: 'staff-topic' }),
    });
    expect(created.status).toBe(201);
    await cms.stop();

    cms = await startCms(database, env);
    expect(cms.output()).toMatch(/already has content; demo seed skipped/);
    const sessions = await cms.json<Collection<unknown>>('/api/sessions?locale=ja');
    expect(sessions.body.meta.pagination.total).toBe(0);
    const topics = await cms.json<Collection<{ slug: string }>>('/api/topics?locale=ja');
    expect(topics.body.data.map((t) => t.slug)).toEqual(['staff-topic']);
  });
});
