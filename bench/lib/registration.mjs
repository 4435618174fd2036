/**
 * Concurrent registration through the site's form action, and the check that the CMS confirmed
 * exactly as many people as the venue has seats (no overbooking, no lost seat).
 *
 * The contract is packages/schemas/src/registration-api.ts: the site posts each form to the CMS
 * with the `site-registration` token; `GET /api/registrations/availability/:documentId` tells how
 * many are confirmed per venue.
 */
import { randomBytes } from 'node:crypto';
import { runLoad } from './load.mjs';

const DAY = 24 * 60 * 60 * 1000;

/** Logs in to Strapi's admin API as the demo admin; returns the bearer token. */
export async function adminToken(cmsUrl, email, password) {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`admin login: ${response.status} ${await response.text()}`);
  return (await response.json()).data.token;
}

/**
 * Creates and publishes (in Japanese) a session 30 days ahead with one Tokyo venue of `seats`
 * seats and registration open, through the content-manager API as staff would.
 * @returns {Promise<{ documentId: string, slug: string }>}
 */
export async function createSession(cmsUrl, token, seats) {
  const id = randomBytes(4).toString('hex');
  const start = new Date(Date.now() + 30 * DAY);
  start.setUTCHours(5, 0, 0, 0);
  const slug = `bench-${id}`;
  const response = await fetch(
    `${cmsUrl}/content-manager/collection-types/api::session.session/actions/publish?locale=ja`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: `ベンチマーク用セッション ${id}`,
        slug,
        ordinal: 9000 + Math.floor(Math.random() * 900),
        theme: '負荷試験のためのセッションです。',
        sessionStatus: 'scheduled',
        registrationOpen: true,
        registrationDeadline: new Date(Date.now() + 20 * DAY).toISOString(),
        venues: [
          {
            city: 'tokyo',
            name: 'ベンチマーク会場',
            address: '東京都千代田区',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3 * 60 * 60 * 1000).toISOString(),
            timeZone: 'Asia/Tokyo',
            capacity: seats,
          },
        ],
      }),
    },
  );
  const text = await response.text();
  if (!response.ok) throw new Error(`creating the session: ${response.status} ${text}`);
  return { documentId: JSON.parse(text).data.documentId, slug };
}

/** `GET /api/registrations/availability/:documentId` with the registration token. */
export async function availability(cmsUrl, token, documentId) {
  const response = await fetch(`${cmsUrl}/api/registrations/availability/${documentId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    // reported through the status
  }
  return { status: response.status, body };
}

/**
 * The hidden fields of the page's registration form (e.g. the signed time stamp the form was
 * rendered with), so each post carries what a browser would send. Pure.
 */
export function hiddenFields(html) {
  const form = /<form\b[^>]*\?\/register[^>]*>([\s\S]*?)<\/form>/i.exec(html)?.[1] ?? '';
  const fields = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/gi)) {
    if (!/\btype\s*=\s*["']?hidden\b/i.test(tag)) continue;
    const name = /\bname\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
    const value = /\bvalue\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '';
    if (name) fields[name] = value.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
  }
  return fields;
}

/** `count` url-encoded forms, each with its own e-mail address. Pure. */
export function registrationForms(count, run = randomBytes(3).toString('hex'), hidden = {}) {
  return Array.from({ length: count }, (_, i) =>
    new URLSearchParams({
      ...hidden,
      venue: 'tokyo',
      name: `ベンチ 太郎 ${i + 1}`,
      organization: 'ベンチマーク株式会社',
      phone: '090-1234-5678',
      email: `bench-${run}-${i + 1}@example.org`,
      consent: 'on',
    }).toString(),
  );
}

/**
 * The registration row: `submissions` people register at once for a `seats`-seat venue.
 * Returns `{ status: 'unavailable', reason }` while the registration feature is not merged.
 *
 * @param {{ cmsUrl: string, siteUrl: string, admin: { email: string, password: string },
 *           registrationToken: string, seats: number, submissions: number, database: string }} spec
 */
export async function measureRegistration(spec) {
  const row = { database: spec.database, seats: spec.seats, submissions: spec.submissions };
  const token = await adminToken(spec.cmsUrl, spec.admin.email, spec.admin.password);
  const session = await createSession(spec.cmsUrl, token, spec.seats);
  Object.assign(row, { session: session.slug });

  const pageUrl = `${spec.siteUrl}/ja/sessions/${session.slug}`;
  // The publish webhook has dropped the site's cached session pages; this renders the new one.
  const page = await fetch(pageUrl);
  const html = await page.text();
  if (page.status !== 200) {
    return { ...row, status: 'failed', reason: `GET ${pageUrl} answered ${page.status}` };
  }

  const before = await availability(spec.cmsUrl, spec.registrationToken, session.documentId);
  if (before.status !== 200) {
    return {
      ...row,
      status: 'unavailable',
      reason: `CMS answers ${before.status} to GET /api/registrations/availability/:documentId`,
    };
  }

  const load = await runLoad({
    url: `${pageUrl}?/register`,
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: spec.siteUrl,
      // As a browser posts a form without JavaScript. Without an Accept header SvelteKit takes
      // the post for `use:enhance` and answers 200 with JSON instead of the 303.
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    },
    bodies: registrationForms(spec.submissions, undefined, hiddenFields(html)),
    connections: spec.submissions,
    amount: spec.submissions,
    timeoutSeconds: 30,
  });
  const codes = Object.keys(load.statusCodes);
  if (codes.length > 0 && codes.every((code) => code === '404' || code === '405')) {
    return {
      ...row,
      status: 'unavailable',
      reason: `the site answers ${codes.join('/')} to POST ?/register (no form action yet)`,
    };
  }

  const after = await availability(spec.cmsUrl, spec.registrationToken, session.documentId);
  const venue = after.body?.data?.venues?.find((v) => v.city === 'tokyo');
  const confirmed = venue?.confirmed ?? null;
  const waitlisted = venue?.waitlisted ?? null;
  const problems = [];
  if (after.status !== 200 || !venue) problems.push(`availability answered ${after.status}`);
  if (confirmed !== null && confirmed > spec.seats)
    problems.push(`overbooked: ${confirmed} confirmed for ${spec.seats} seats`);
  if (confirmed !== null && confirmed < spec.seats)
    problems.push(`only ${confirmed} confirmed for ${spec.seats} seats`);
  if (load.fiveXx > 0) problems.push(`${load.fiveXx} responses were 5xx`);
  if (load.errors > 0) problems.push(`${load.errors} connection errors`);
  const accepted = load.statusCodes['303'] ?? 0;
  if (accepted !== spec.submissions)
    problems.push(`${accepted} of ${spec.submissions} submissions answered 303`);
  return {
    ...row,
    status: problems.length ? 'failed' : 'ok',
    reason: problems.join('; ') || undefined,
    load,
    confirmed,
    waitlisted,
    overbooked: confirmed !== null && confirmed > spec.seats,
  };
}
