import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, startPortal, type Portal } from './portal';

function isTo(mail: ParsedMail, address: string): boolean {
  const groups = mail.to === undefined ? [] : Array.isArray(mail.to) ? mail.to : [mail.to];
  return groups.some((group) => group.value.some((box) => box.address === address));
}

/** A real SMTP server on loopback: the CMS sends to it exactly as it would to a provider. */
async function startMailbox() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    /** The newest message to `address` whose subject matches, waiting up to 15 s for it. */
    async waitFor(address: string, subject: RegExp = /./): Promise<ParsedMail> {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const found = [...received]
          .reverse()
          .find((mail) => isTo(mail, address) && subject.test(mail.subject ?? ''));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${address} matching ${subject}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    sentTo(address: string): number {
      return received.filter((mail) => isTo(mail, address)).length;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function cancelLink(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/registrations\/cancel\?token=[\w-]+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`no cancel link in: ${mail.text}`);
  return link;
}

const RATE_LIMIT = 12;

describe('registration', () => {
  let portal: Portal;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let browser: Browser;
  let sessionPath: string;
  let sessionTitle: string;
  let documentId: string;

  beforeAll(async () => {
    mailbox = await startMailbox();
    portal = await startPortal(
      // No ORIGIN, as in the demo: the form must work at 127.0.0.1 and at localhost alike.
      { ORIGIN: '', REGISTRATION_MIN_FILL_MS: '0', REGISTRATION_RATE_LIMIT: String(RATE_LIMIT) },
      {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mailbox.port),
        MAIL_FROM: 'Round Table <rt@example.org>',
      },
    );
    const open = await portal.cms.json<{
      data: { slug: string; title: string; documentId: string }[];
    }>('/api/sessions?locale=ja&filters[registrationOpen][$eq]=true&sort=ordinal:asc', {
      headers: { authorization: `Bearer ${portal.cms.env.CMS_READ_TOKEN}` },
    });
    const session = open.body.data[0];
    if (!session) throw new Error('the demo has no session with registration open');
    sessionPath = `/ja/sessions/${session.slug}`;
    sessionTitle = session.title;
    documentId = session.documentId;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await mailbox?.close();
  });

  async function fill(
    page: Page,
    person: { venue: string; name: string; email: string; phone?: string },
  ) {
    await page.check(`#venue-${person.venue}`);
    await page.fill('#name', person.name);
    await page.fill('#organization', 'ASSC e2e');
    await page.fill('#phone', person.phone ?? '090-1234-5678');
    await page.fill('#email', person.email);
    await page.check('#consent');
  }

  /** Straight to the CMS endpoint, as the site's server would call it. */
  async function registerThroughCms(venue: string, email: string) {
    const response = await fetch(`${portal.cms.url}/api/registrations`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${portal.cms.env.CMS_REGISTRATION_TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        data: {
          session: documentId,
          venue,
          name: email.split('@')[0],
          organization: 'Filler',
          phone: '03-1234-5678',
          email,
          consent: true,
          language: 'en',
        },
      }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { data: { status: string } }).data.status;
  }

  it('registers with JavaScript off, e-mails a confirmation, and cancels through its link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(portal.siteUrl + sessionPath);
    expect(await page.locator('form[method="post"][action="?/register"]').count()).toBe(1);
    for (const field of ['name', 'organization', 'phone', 'email', 'consent']) {
      expect(await page.locator(`label[for="${field}"]`).isVisible(), field).toBe(true);
    }
    await fill(page, {
      venue: 'tokyo',
      name: '山田 <b>太郎</b>',
      email: 'nojs@example.org',
      phone: '０９０－１２３４－５６７８',
    });
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/registered\?status=confirmed$/);
    expect(await page.locator('h1').textContent()).toContain('お申し込みを受け付けました');
    expect(await page.content()).not.toContain('nojs@example.org');

    const mail = await mailbox.waitFor('nojs@example.org');
    expect(mail.text).toContain(sessionTitle);
    expect(mail.text).toMatch(/日本時間|JST|Asia\/Tokyo/);
    expect(mail.html || '').not.toContain('<b>太郎</b>');
    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
    expect(ics?.content.toString()).toContain('TZID=Asia/Tokyo');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.length : 0).toBe(1);
    expect(mail.cc).toBeUndefined();
    expect(mail.bcc).toBeUndefined();
    await mailbox.waitFor('info@example.org');

    const link = cancelLink(mail);
    await page.goto(link);
    expect(await page.locator('h1').textContent()).toContain('取り消し');
    await page.click('button[type="submit"]');
    expect(await page.locator('h1').textContent()).toContain('取り消しました');

    // The token was spent: the same link now explains itself with a 404.
    const again = await page.goto(link);
    expect(again?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('ご利用いただけません');
    await context.close();
  });

  it('registers with JavaScript on at localhost, keeping input and showing errors by the fields', async () => {
    const page = await browser.newPage();
    const localhost = portal.siteUrl.replace('127.0.0.1', 'localhost');
    await page.goto(localhost + sessionPath.replace('/ja/', '/en/'));
    await fill(page, {
      venue: 'osaka',
      name: 'Nguyễn Thị Hoa',
      email: 'js@example.org',
      phone: '12345',
    });
    await page.click('button[type="submit"]');
    const phoneError = page.locator('#phone-error');
    await phoneError.waitFor();
    expect(await phoneError.textContent()).toMatch(/phone number/i);
    expect(await page.inputValue('#name')).toBe('Nguyễn Thị Hoa');
    expect(await page.getAttribute('#phone', 'aria-invalid')).toBe('true');
    expect(await page.locator('.summary').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('#phone', '+84 912 345 678');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/en\/sessions\/.+\/registered\?status=confirmed$/);
    expect(await page.locator('h1').textContent()).toContain('You are registered');
    expect(await axeViolations(page)).toEqual([]);
    const mail = await mailbox.waitFor('js@example.org');
    expect(mail.subject).toMatch(/registration|Round Table/i);
    await page.close();
  });

  it('answers a repeat registration as a new one would, and e-mails the address instead', async () => {
    const before = mailbox.sentTo('js@example.org');
    expect(await registerThroughCms('osaka', 'js@example.org')).toBe('confirmed');
    await expect.poll(() => mailbox.sentTo('js@example.org'), { timeout: 10_000 }).toBe(before + 1);
  });

  it('fills a venue, waitlists the next person, and promotes them when someone cancels', async () => {
    const availability = await fetch(
      `${portal.cms.url}/api/registrations/availability/${documentId}`,
      { headers: { authorization: `Bearer ${portal.cms.env.CMS_REGISTRATION_TOKEN}` } },
    );
    const seats = (
      (await availability.json()) as {
        data: { venues: { city: string; remaining: number }[] };
      }
    ).data.venues.find((v) => v.city === 'osaka');
    for (let i = 0; i < (seats?.remaining ?? 0); i += 1) {
      expect(await registerThroughCms('osaka', `filler${i}@example.org`)).toBe('confirmed');
    }

    const page = await browser.newPage();
    await page.goto(portal.siteUrl + sessionPath);
    expect(await page.locator('#venue-osaka + label').textContent()).toContain('キャンセル待ち');
    await fill(page, { venue: 'osaka', name: 'Waiting Person', email: 'waiter@example.org' });
    await page.click('button[type="submit"]');
    await page.waitForURL(/status=waitlisted$/);
    await mailbox.waitFor('waiter@example.org', /キャンセル待ち/);
    expect(await page.locator('h1').textContent()).toContain('キャンセル待ち');

    const first = await mailbox.waitFor('filler0@example.org');
    await page.goto(cancelLink(first));
    await page.click('button[type="submit"]');
    await page.locator('h1', { hasText: /cancelled|取り消しました/ }).waitFor();
    const promoted = await mailbox.waitFor('waiter@example.org', /繰り上がりました/);
    expect(promoted.text).toContain(sessionTitle);
    expect(promoted.text).toContain('参加確定');
    await page.close();
  });

  it('lets a bot that fills the honeypot believe it succeeded, and stores nothing', async () => {
    const body = new URLSearchParams({
      venue: 'tokyo',
      name: 'Bot',
      organization: 'Bots',
      phone: '090-0000-0000',
      email: 'bot@example.org',
      consent: 'on',
      website: 'http://spam.example',
    });
    const response = await fetch(`${portal.siteUrl}${sessionPath}?/register`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { origin: portal.siteUrl, accept: 'text/html' },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/registered\?status=confirmed$/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailbox.sentTo('bot@example.org')).toBe(0);
  });

  it('refuses a cross-site post', async () => {
    const response = await fetch(`${portal.siteUrl}${sessionPath}?/register`, {
      method: 'POST',
      body: new URLSearchParams({ venue: 'tokyo' }),
      headers: { origin: 'https://evil.example', accept: 'text/html' },
    });
    expect(response.status).toBe(403);
  });

  it('limits submissions per client with a 429 and a clear message', async () => {
    let last: Response | undefined;
    for (let i = 0; i <= RATE_LIMIT; i += 1) {
      last = await fetch(`${portal.siteUrl}${sessionPath}?/register`, {
        method: 'POST',
        body: new URLSearchParams({ venue: 'tokyo', name: 'x' }),
        headers: { origin: portal.siteUrl, accept: 'text/html' },
      });
      if (last.status === 429) break;
    }
    expect(last?.status).toBe(429);
    expect(await last?.text()).toContain('1分ほどお待ちいただき');
  });
});
