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
import { PUBLIC_ACTIONS } from './public-permissions';

interface Collection<T> {
  data: T[];
}
interface Session {
  documentId: string;
  slug: string;
}

describe.each(databaseKinds())('what the public can read on %s', (kind) => {
  let database: TestDatabase;
  let cms: RunningCms;
  let admin: Record<string, string>;
  let session: Session;

  const adminPost = (path: string, body: unknown) =>
    cms.get(path, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    cms = await startCms(database, testEnv());
    admin = { authorization: `Bearer ${await adminToken(cms)}` };
    const sessions = await cms.json<Collection<Session>>('/api/sessions?locale=ja&sort=ordinal');
    session = sessions.body.data[0]!;
    // A registration exists, made by staff, so that every leak below would have data to leak.
    const created = await adminPost(
      '/content-manager/collection-types/api::registration.registration',
      {
        session: { connect: [{ documentId: session.documentId, locale: 'ja' }] },
        venue: 'tokyo',
        name: '秘密 花子',
        organization: 'Leak Test NGO',
        phone: '090-1234-5678',
        email: 'hanako.leak@example.org',
        language: 'ja',
        consentAt: new Date().toISOString(),
        // No `status`: the content manager takes that key for Draft & Publish and refuses
        // `confirmed`; the attribute's default is `confirmed` anyway.
      },
    );
    expect(created.status, await created.clone().text()).toBe(201);
  });
  afterAll(async () => {
    await cms?.stop();
    await database?.dispose();
  });

  it.each([
    ['GET', '/api/registrations'],
    ['GET', '/api/registrations/1'],
    ['POST', '/api/registrations'],
  ])('refuses %s %s', async (method, path) => {
    const response = await cms.get(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ data: { name: 'x' } }) : undefined,
    });
    expect([403, 404, 405]).toContain(response.status);
    expect(await response.text()).not.toContain('hanako');
  });

  it.each([
    '/api/sessions?populate=*',
    '/api/sessions?populate[registrations]=*',
    '/api/sessions?populate[registrations][fields][0]=email',
    '/api/sessions?populate[0]=registrations',
    '/api/reports?populate[sessions][populate]=*',
    '/api/reports?populate[sessions][populate][registrations]=*',
    '/api/minutes?populate[session][populate]=*',
    `/api/sessions/${'{documentId}'}?populate=*`,
  ])('never returns registrations through populate: %s', async (template) => {
    const path = template.replace('{documentId}', session.documentId);
    const response = await cms.get(path);
    const text = await response.text();
    expect(text).not.toMatch(/hanako|Leak Test NGO|090-1234-5678/);
    // Rejected outright, or answered without any registrations key in the data.
    if (response.status === 400) expect(text).toMatch(/Invalid key registrations/);
    else expect(JSON.stringify(JSON.parse(text).data)).not.toContain('"registrations"');
  });

  it.each([
    '/api/sessions?filters[registrations][email][$eq]=hanako.leak@example.org',
    '/api/sessions?filters[registrations][email][$startsWith]=h',
    '/api/sessions?filters[registrations][id][$notNull]=true',
    '/api/reports?filters[sessions][registrations][name][$contains]=秘密',
  ])('never lets a filter probe registrations: %s', async (path) => {
    const response = await cms.get(encodeURI(path));
    // Either the filter is rejected, or it is ignored; it must never narrow the result.
    if (response.status === 200) {
      const probed = (await response.json()) as Collection<unknown>;
      const base = path.startsWith('/api/sessions') ? '/api/sessions' : '/api/reports';
      const all = await cms.json<Collection<unknown>>(base);
      expect(probed.data.length).toBe(all.body.data.length);
    } else {
      expect(response.status).toBe(400);
    }
  });

  it('does not let the read token reach registrations either', async () => {
    const headers = { authorization: `Bearer ${cms.env.CMS_READ_TOKEN}` };
    const list = await cms.get('/api/sessions?locale=ja', { headers });
    expect(list.status).toBe(200);
    const registrations = await cms.get('/api/registrations', { headers });
    expect([403, 404]).toContain(registrations.status);
    const populated = await cms.get('/api/sessions?populate=*', { headers });
    expect(await populated.text()).not.toContain('hanako');
  });

  it('grants exactly the public reading actions', async () => {
    const paths = [
      '/api/sessions',
      `/api/sessions/${session.documentId}`,
      '/api/minutes',
      '/api/reports',
      '/api/countries',
      '/api/topics',
      '/api/site-setting',
    ];
    for (const path of paths) expect((await cms.get(path)).status, path).toBe(200);
    expect(PUBLIC_ACTIONS).toHaveLength(11);
    for (const path of ['/api/users', '/api/users/me', '/api/upload/files', '/api/i18n/locales']) {
      expect([401, 403, 404], path).toContain((await cms.get(path)).status);
    }
    const signUp = await cms.get('/api/auth/local/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x', email: 'x@example.org', password: 'Password123!' }),
    });
    expect([403, 404, 405]).toContain(signUp.status);
  });

  describe('drafts', () => {
    let draftId: string;
    beforeAll(async () => {
      const response = await adminPost(
        '/content-manager/collection-types/api::report.report?locale=ja',
        {
          title: '未公開の下書きレポート',
          slug: 'unpublished-draft',
          summary: 'まだ公開していません。',
          body: '下書きです。',
          kind: 'domestic',
          publishedOn: '2026-01-01',
        },
      );
      expect(response.status).toBe(201);
      draftId = ((await response.json()) as { data: { documentId: string } }).data.documentId;
    });

    it.each([
      '/api/reports?locale=ja&pagination[pageSize]=100',
      '/api/reports?locale=ja&status=draft',
      '/api/reports?locale=ja&filters[slug][$eq]=unpublished-draft',
      '/api/reports?locale=ja&filters[slug][$eq]=unpublished-draft&status=draft',
      '/api/reports/{id}?locale=ja',
      '/api/reports/{id}?locale=ja&status=draft',
      '/api/sessions?populate[reports]=true&status=draft',
    ])('are not served: %s', async (template) => {
      const response = await cms.get(template.replace('{id}', draftId));
      const text = await response.text();
      expect(text).not.toContain('unpublished-draft');
      expect(text).not.toContain('未公開の下書き');
    });

    it('are served to no one, not even the read token', async () => {
      const response = await cms.get(`/api/reports?status=draft&locale=ja`, {
        headers: { authorization: `Bearer ${cms.env.CMS_READ_TOKEN}` },
      });
      expect(await response.text()).not.toContain('unpublished-draft');
    });
  });
});
