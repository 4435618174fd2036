import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from './portal';

describe('when the CMS is down', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => portal?.stop());

  it('still serves cached pages, and a clear 503 for the rest', async () => {
    const cachedPath = '/ja/reports';
    expect((await fetch(portal.siteUrl + cachedPath)).status).toBe(200);
    await portal.cms.stop();

    const cached = await fetch(portal.siteUrl + cachedPath);
    expect(cached.status).toBe(200);
    expect(await cached.text()).toContain('<main');

    // The start-up probe renders the home page, which caches the minutes list; a single
    // set of minutes is never read before this point.
    const uncached = await fetch(`${portal.siteUrl}/ja/minutes/minutes-round-table-01`);
    expect(uncached.status).toBe(503);
    expect(await uncached.text()).toContain('一時的');
    const english = await fetch(`${portal.siteUrl}/en/about`);
    expect(english.status).toBe(503);
    expect(await english.text()).toMatch(/temporarily unavailable/i);
  });
});
