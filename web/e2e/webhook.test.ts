import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../../cms/test/cms-process';
import { startPortal, type Portal } from './portal';

/** Polls `check` until it holds or `timeoutMs` passes; returns whether it held. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('publishing in the CMS reaches the site through the webhook', () => {
  let portal: Portal;
  let admin: Record<string, string>;

  beforeAll(async () => {
    portal = await startPortal();
    admin = {
      authorization: `Bearer ${await adminToken(portal.cms)}`,
      'content-type': 'application/json',
    };
  });
  afterAll(async () => portal?.stop());

  const listed = async (title: string) =>
    (await (await fetch(`${portal.siteUrl}/ja/reports`)).text()).includes(title);

  it('shows a report within seconds of publishing, and drops it on unpublish', async () => {
    const title = `ウェブフック確認用レポート ${Date.now()}`;
    // Warm the cache first, so only the webhook can make the new report appear.
    expect(await listed(title)).toBe(false);

    const base = '/content-manager/collection-types/api::report.report';
    const created = await portal.cms.get(`${base}?locale=ja`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        title,
        slug: `webhook-check-${Date.now()}`,
        summary: '公開と非公開の確認',
        body: '## 本文\n\nテスト',
        kind: 'domestic',
        publishedOn: '2026-11-01',
      }),
    });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    // A draft must not appear.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await listed(title)).toBe(false);

    const published = await portal.cms.get(`${base}/${documentId}/actions/publish?locale=ja`, {
      method: 'POST',
      headers: admin,
      body: '{}',
    });
    expect(published.status).toBe(200);
    expect(await eventually(() => listed(title))).toBe(true);

    const unpublished = await portal.cms.get(`${base}/${documentId}/actions/unpublish?locale=ja`, {
      method: 'POST',
      headers: admin,
      body: '{}',
    });
    expect(unpublished.status).toBe(200);
    expect(await eventually(async () => !(await listed(title)))).toBe(true);
  });

  it('refuses webhook calls without the secret', async () => {
    const response = await fetch(`${portal.siteUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' },
      body: JSON.stringify({ event: 'entry.publish', model: 'report' }),
    });
    expect(response.status).toBe(401);
  });
});
