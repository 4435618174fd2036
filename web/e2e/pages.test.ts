import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, startPortal, type Portal } from './portal';

interface Collection<T> {
  data: T[];
}

let portal: Portal;
let browser: Browser;
let slugs: { session: string; report: string; minutes: string };

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  const get = async <T>(path: string) =>
    (await portal.cms.json<Collection<T>>(path)).body.data[0] as T;
  slugs = {
    session: (await get<{ slug: string }>('/api/sessions?locale=ja&sort=ordinal:asc')).slug,
    report: (await get<{ slug: string }>('/api/reports?locale=ja')).slug,
    minutes: (await get<{ slug: string }>('/api/minutes?locale=ja')).slug,
  };
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

async function open(path: string, options: { javaScript?: boolean } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? false });
  const page = await context.newPage();
  const response = await page.goto(portal.siteUrl + path);
  return { page, response, close: () => context.close() };
}

const pageTypes = () => [
  ['home', ''],
  ['sessions', '/sessions'],
  ['session', `/sessions/${slugs.session}`],
  ['reports', '/reports'],
  ['report', `/reports/${slugs.report}`],
  ['minutes list', '/minutes'],
  ['minutes', `/minutes/${slugs.minutes}`],
  ['about', '/about'],
  ['privacy', '/privacy'],
];

describe.each(['ja', 'en'] as const)('every page type in %s, without JavaScript', (locale) => {
  it('answers 200 with real content, the right language and alternates', async () => {
    for (const [name, path] of pageTypes()) {
      const { page, response, close } = await open(`/${locale}${path}`);
      expect(response?.status(), name).toBe(200);
      expect(await page.getAttribute('html', 'lang'), name).toBe(locale);
      expect((await page.textContent('h1'))?.trim().length, `${name} h1`).toBeGreaterThan(0);
      expect(await page.locator('main').innerText(), name).not.toHaveLength(0);
      const hreflangs = await page.$$eval('link[rel=alternate][hreflang]', (links) =>
        links.map((l) => l.getAttribute('hreflang')),
      );
      expect(hreflangs, name).toEqual(expect.arrayContaining(['ja', 'en']));
      expect(await page.getAttribute('link[rel=canonical]', 'href'), name).toBe(
        `${portal.siteUrl}/${locale}${path}`,
      );
      expect(await page.getAttribute('meta[property="og:title"]', 'content'), name).toBeTruthy();
      expect(await page.getAttribute('meta[name=description]', 'content'), name).toBeTruthy();
      await close();
    }
  });
});

describe('content in each language', () => {
  it('shows the kick-off in Japanese with Japanese dates, and in English', async () => {
    const ja = await open(`/ja/sessions/${slugs.session}`);
    const jaText = await ja.page.locator('main').innerText();
    expect(jaText).toContain('2018年10月10日');
    expect(jaText).toMatch(/14:00/);
    await ja.close();
    const en = await open(`/en/sessions/${slugs.session}`);
    expect(await en.page.locator('main').innerText()).toContain('10 October 2018');
    await en.close();
  });

  it('renders a report body from Markdown with a table of contents', async () => {
    const { page, close } = await open(`/ja/reports/${slugs.report}`);
    const tocLinks = await page.$$eval('nav a[href^="#"]', (links) =>
      links.map((l) => l.getAttribute('href')),
    );
    expect(tocLinks.length).toBeGreaterThan(1);
    for (const href of tocLinks) expect(await page.locator(href!).count(), href!).toBe(1);
    expect(await page.locator('main table').count()).toBeGreaterThan(0);
    await close();
  });

  it('switches language on the same page', async () => {
    const { page, close } = await open(`/ja/reports/${slugs.report}`);
    await page.click('a[hreflang="en"]');
    expect(new URL(page.url()).pathname).toBe(`/en/reports/${slugs.report}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await close();
  });
});

describe('report filters and search', () => {
  const count = (page: Page) => page.locator('main article').count();

  it('filters by kind, country, topic and year through the form, and keeps them in the URL', async () => {
    const { page, close } = await open('/ja/reports');
    const all = await count(page);
    expect(all).toBeGreaterThan(2);
    await page.selectOption('select[name=kind]', 'overseas');
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('overseas');
    const overseas = await count(page);
    expect(overseas).toBeGreaterThan(0);
    expect(overseas).toBeLessThan(all);

    for (const name of ['country', 'topic', 'year']) {
      const { page: p, close: c } = await open('/ja/reports');
      const value = await p.$eval(
        `select[name=${name}]`,
        (s) => (s as HTMLSelectElement).options[1]?.value ?? '',
      );
      expect(value, name).not.toBe('');
      await p.selectOption(`select[name=${name}]`, value);
      await Promise.all([p.waitForNavigation(), p.click('main form button[type=submit]')]);
      expect(new URL(p.url()).searchParams.get(name), name).toBe(value);
      const n = await count(p);
      expect(n, name).toBeGreaterThan(0);
      expect(n, name).toBeLessThanOrEqual(all);
      await c();
    }
    await close();
  });

  it('finds a Japanese word inside a sentence, and a shared URL reproduces it', async () => {
    const { page, close } = await open('/ja/reports');
    await page.fill('input[name=q]', '送出し');
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
    const url = page.url();
    const found = await count(page);
    expect(found).toBeGreaterThan(0);
    await close();
    const again = await open(new URL(url).pathname + new URL(url).search);
    expect(await count(again.page)).toBe(found);
    expect(await again.page.inputValue('input[name=q]')).toBe('送出し');
    await again.close();
  });

  it('says so when nothing matches', async () => {
    const { page, response, close } = await open('/en/reports?q=zzzz-no-such-word');
    expect(response?.status()).toBe(200);
    expect(await count(page)).toBe(0);
    await close();
  });
});

describe('feeds, sitemap, calendar and errors', () => {
  it('serves the Atom feed per locale, the sitemap, robots.txt and the .ics', async () => {
    const expectations: [string, RegExp, RegExp][] = [
      ['/ja/feed.xml', /atom\+xml/, /<feed[\s\S]*<entry>/],
      ['/en/feed.xml', /atom\+xml/, /<feed[\s\S]*<entry>/],
      ['/sitemap.xml', /xml/, /<urlset[\s\S]*\/en\/reports\//],
      ['/robots.txt', /text\/plain/, /Sitemap: /],
      [
        `/ja/sessions/${slugs.session}/calendar.ics`,
        /text\/calendar/,
        /DTSTART;TZID=Asia\/Tokyo:20181010T\d{6}/,
      ],
    ];
    for (const [path, type, body] of expectations) {
      const response = await fetch(portal.siteUrl + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(type);
      expect(await response.text(), path).toMatch(body);
    }
  });

  it('answers 404 for unknown slugs and paths, with a real page', async () => {
    for (const path of [
      '/ja/reports/no-such-report',
      '/en/sessions/no-such-session',
      '/ja/no-such-page',
      '/xx/reports',
    ]) {
      const { page, response, close } = await open(path);
      expect(response?.status(), path).toBe(404);
      expect((await page.textContent('h1'))?.length, path).toBeGreaterThan(0);
      await close();
    }
  });

  it('sends security and cache headers', async () => {
    const response = await fetch(`${portal.siteUrl}/ja/reports`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
  });

  it('answers repeat reads from the page cache, precompressed, with ETag and 304', async () => {
    const url = `${portal.siteUrl}/en/minutes`;
    const first = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    const html = await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    expect(again.headers.get('x-page-cache')).toBe('hit');
    expect(again.headers.get('content-encoding')).toBe('br');
    expect(again.headers.get('content-security-policy')).toBe(
      first.headers.get('content-security-policy'),
    );
    expect(await again.text()).toBe(html);

    const revalidated = await fetch(url, { headers: { 'if-none-match': etag ?? '' } });
    expect(revalidated.status).toBe(304);
  });
});

describe('accessibility', () => {
  it('finds no axe-core violations on any page type, in either language', async () => {
    for (const locale of ['ja', 'en']) {
      for (const [name, path] of [...pageTypes(), ['not found', '/reports/no-such-report']]) {
        const { page, close } = await open(`/${locale}${path}`, { javaScript: true });
        const violations = await axeViolations(page);
        expect(violations, `${locale} ${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        await close();
      }
    }
  });

  it('has a skip link to the main content', async () => {
    const { page, close } = await open('/ja/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#main');
    await close();
  });
});
