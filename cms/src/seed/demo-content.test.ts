import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  demoContent,
  type DemoContent,
  type DemoPerson,
  type DemoVenue,
  type Localized,
} from './demo-content';

// ---------------------------------------------------------------------------
// Schema limits, read from the content model so the test follows it.
// ---------------------------------------------------------------------------

interface AttributeSpec {
  maxLength?: number;
  required?: boolean;
}
interface SchemaFile {
  attributes: Record<string, AttributeSpec>;
}

const SRC = join(__dirname, '..');

function readSchema(path: string): SchemaFile {
  return JSON.parse(readFileSync(join(SRC, path), 'utf8')) as SchemaFile;
}

const schemas = {
  session: readSchema('api/session/content-types/session/schema.json'),
  minute: readSchema('api/minute/content-types/minute/schema.json'),
  report: readSchema('api/report/content-types/report/schema.json'),
  country: readSchema('api/country/content-types/country/schema.json'),
  topic: readSchema('api/topic/content-types/topic/schema.json'),
  siteSetting: readSchema('api/site-setting/content-types/site-setting/schema.json'),
  venue: readSchema('components/session/venue.json'),
  person: readSchema('components/shared/person.json'),
  participantGroup: readSchema('components/minutes/participant-group.json'),
};

function maxLength(schema: SchemaFile, field: string): number {
  const limit = schema.attributes[field]?.maxLength;
  if (limit === undefined) throw new Error(`no maxLength for ${field}`);
  return limit;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const YMD = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** YYYY-MM-DD of an instant, in Japan. */
function jstDay(iso: string): string {
  return new Date(Date.parse(iso) + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** HH:MM of an instant, in Japan. */
function jstTime(iso: string): string {
  return new Date(Date.parse(iso) + JST_OFFSET_MS).toISOString().slice(11, 16);
}

function isIsoInstant(value: string): boolean {
  return ISO_UTC.test(value) && new Date(value).toISOString() === value;
}

function isIsoDate(value: string): boolean {
  return YMD.test(value) && new Date(`${value}T00:00:00.000Z`).toISOString().slice(0, 10) === value;
}

function isLocalized(value: unknown): value is Localized<unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'ja';
}

/** Every `{ ja, en }` object anywhere in the content, with its path. */
function collectLocalized(
  value: unknown,
  path: string,
  out: Array<[string, Localized<unknown>]>,
): void {
  if (isLocalized(value)) {
    out.push([path, value]);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectLocalized(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) collectLocalized(item, `${path}.${key}`, out);
  }
}

function expectUnique(values: string[], what: string): void {
  const duplicates = values.filter((v, i) => values.indexOf(v) !== i);
  expect(duplicates, `duplicate ${what}`).toEqual([]);
}

function expectWithin(value: Localized, limit: number, what: string): void {
  expect(value.ja.length, `${what} (ja)`).toBeLessThanOrEqual(limit);
  expect(value.en.length, `${what} (en)`).toBeLessThanOrEqual(limit);
}

function expectPersonWithin(person: DemoPerson, what: string): void {
  expectWithin(person.name, maxLength(schemas.person, 'name'), `${what} name`);
  expectWithin(person.affiliation, maxLength(schemas.person, 'affiliation'), `${what} affiliation`);
  expectWithin(person.bio, maxLength(schemas.person, 'bio'), `${what} bio`);
}

function expectVenueWithin(venue: DemoVenue, what: string): void {
  expectWithin(venue.name, maxLength(schemas.venue, 'name'), `${what} name`);
  expectWithin(venue.address, maxLength(schemas.venue, 'address'), `${what} address`);
  expect(venue.timeZone.length).toBeLessThanOrEqual(maxLength(schemas.venue, 'timeZone'));
}

// ---------------------------------------------------------------------------
// The `now` values under test: today, and a few awkward ones.
// ---------------------------------------------------------------------------

const NOWS: Array<[string, Date]> = [
  ['the real now', new Date()],
  ['a fixed date in 2026', new Date('2026-03-18T03:00:00.000Z')],
  ['just before midnight in Japan', new Date('2025-06-30T14:59:59.000Z')],
  ['just after midnight in Japan', new Date('2025-06-30T15:00:00.000Z')],
  ['a date whose +30 and +60 days fall in the same month', new Date('2025-12-02T01:00:00.000Z')],
  ['a Friday, so +30 days is a weekend', new Date('2027-01-01T00:00:00.000Z')],
];

describe.each(NOWS)('demoContent with %s', (_label, now) => {
  const content: DemoContent = demoContent(now);

  it('has unique, well-formed slugs', () => {
    const groups: Array<[string, string[]]> = [
      ['country', content.countries.map((c) => c.slug)],
      ['topic', content.topics.map((t) => t.slug)],
      ['session', content.sessions.map((s) => s.slug)],
      ['minutes', content.minutes.map((m) => m.slug)],
      ['report', content.reports.map((r) => r.slug)],
    ];
    for (const [what, slugs] of groups) {
      expect(slugs.length, what).toBeGreaterThan(0);
      expectUnique(slugs, `${what} slugs`);
      for (const slug of slugs) expect(slug, what).toMatch(SLUG);
    }
    expectUnique(
      content.sessions.map((s) => String(s.ordinal)),
      'session ordinals',
    );
    expectUnique(
      content.countries.map((c) => c.code),
      'country codes',
    );
  });

  it('references only slugs that exist', () => {
    const sessions = new Set(content.sessions.map((s) => s.slug));
    const countries = new Set(content.countries.map((c) => c.slug));
    const topics = new Set(content.topics.map((t) => t.slug));
    for (const m of content.minutes) expect(sessions, `minutes ${m.slug}`).toContain(m.session);
    for (const r of content.reports) {
      for (const s of r.sessions) expect(sessions, `report ${r.slug}`).toContain(s);
      for (const c of r.countries) expect(countries, `report ${r.slug}`).toContain(c);
      for (const t of r.topics) expect(topics, `report ${r.slug}`).toContain(t);
      expect(r.countries.length, `report ${r.slug} countries`).toBeGreaterThan(0);
      expect(r.topics.length, `report ${r.slug} topics`).toBeGreaterThan(0);
    }
  });

  it('fills both locales of every localized field', () => {
    const found: Array<[string, Localized<unknown>]> = [];
    collectLocalized(content, 'content', found);
    expect(found.length).toBeGreaterThan(100);
    for (const [path, value] of found) {
      expect(typeof value.ja, path).toBe('string');
      expect(typeof value.en, path).toBe('string');
      const { ja, en } = value as Localized;
      expect(ja.trim(), `${path}.ja`).not.toBe('');
      expect(en.trim(), `${path}.en`).not.toBe('');
      expect(ja, `${path}.ja should be Japanese`).toMatch(JAPANESE);
      expect(en, `${path}.en should not contain Japanese`).not.toMatch(JAPANESE);
    }
  });

  it('respects the maxLengths of the content model', () => {
    for (const c of content.countries) {
      expectWithin(c.name, maxLength(schemas.country, 'name'), `country ${c.slug}`);
      expect(c.code).toMatch(/^[A-Z]{2}$/);
    }
    for (const t of content.topics)
      expectWithin(t.name, maxLength(schemas.topic, 'name'), `topic ${t.slug}`);
    for (const s of content.sessions) {
      expectWithin(s.title, maxLength(schemas.session, 'title'), `session ${s.slug} title`);
      s.venues.forEach((v, i) => expectVenueWithin(v, `session ${s.slug} venue ${i}`));
      s.lecturers.forEach((p, i) => expectPersonWithin(p, `session ${s.slug} lecturer ${i}`));
    }
    for (const m of content.minutes) {
      expectWithin(m.title, maxLength(schemas.minute, 'title'), `minutes ${m.slug} title`);
      m.participantGroups.forEach((g, i) =>
        expectWithin(
          g,
          maxLength(schemas.participantGroup, 'name'),
          `minutes ${m.slug} group ${i}`,
        ),
      );
    }
    for (const r of content.reports) {
      expectWithin(r.title, maxLength(schemas.report, 'title'), `report ${r.slug} title`);
      expectWithin(r.summary, maxLength(schemas.report, 'summary'), `report ${r.slug} summary`);
      r.authors.forEach((p, i) => expectPersonWithin(p, `report ${r.slug} author ${i}`));
    }
    expectWithin(
      content.siteSettings.organizationName,
      maxLength(schemas.siteSetting, 'organizationName'),
      'organizationName',
    );
  });

  it('uses valid ISO dates and times', () => {
    for (const s of content.sessions) {
      expect(Number.isInteger(s.ordinal) && s.ordinal >= 1, `session ${s.slug} ordinal`).toBe(true);
      expect(s.venues.length, `session ${s.slug} venues`).toBeGreaterThanOrEqual(1);
      if (s.registrationDeadline !== null)
        expect(isIsoInstant(s.registrationDeadline), s.slug).toBe(true);
      for (const v of s.venues) {
        expect(isIsoInstant(v.startsAt), `${s.slug} ${v.city} startsAt`).toBe(true);
        expect(isIsoInstant(v.endsAt), `${s.slug} ${v.city} endsAt`).toBe(true);
        expect(Date.parse(v.endsAt), `${s.slug} ${v.city} ends after it starts`).toBeGreaterThan(
          Date.parse(v.startsAt),
        );
        expect(v.timeZone).toBe('Asia/Tokyo');
        expect(v.capacity).toBeGreaterThan(0);
      }
      expectUnique(
        s.venues.map((v) => v.city),
        `venues of ${s.slug}`,
      );
    }
    for (const m of content.minutes) expect(isIsoDate(m.heldOn), m.slug).toBe(true);
    for (const r of content.reports) expect(isIsoDate(r.publishedOn), r.slug).toBe(true);
  });

  it('has the kick-off on 10 October 2018 (JST) in Tokyo and Osaka', () => {
    const kickOff = content.sessions.filter((s) =>
      s.venues.some((v) => jstDay(v.startsAt) === '2018-10-10'),
    );
    expect(kickOff).toHaveLength(1);
    const [session] = kickOff;
    expect(session?.slug).toBe('round-table-01');
    expect(session?.ordinal).toBe(1);
    expect(session?.status).toBe('held');
    expect(session?.registrationOpen).toBe(false);
    expect(session?.lecturers.length).toBeGreaterThan(0);
    expect(session?.venues.map((v) => v.city).sort()).toEqual(['osaka', 'tokyo']);
    const tokyo = session?.venues.find((v) => v.city === 'tokyo');
    expect(tokyo?.startsAt).toBe('2018-10-10T05:00:00.000Z');
    expect(tokyo && jstTime(tokyo.startsAt)).toBe('14:00');
  });

  it('has the second session on 6 November 2018 (JST) in Tokyo and Osaka', () => {
    const second = content.sessions.find((s) =>
      s.venues.some((v) => jstDay(v.startsAt) === '2018-11-06'),
    );
    expect(second?.ordinal).toBe(2);
    expect(second?.status).toBe('held');
    expect(second?.venues.map((v) => v.city).sort()).toEqual(['osaka', 'tokyo']);
  });

  it('has past sessions held, including one in Tokyo only, and none scheduled', () => {
    const past = content.sessions.filter((s) =>
      s.venues.every((v) => Date.parse(v.endsAt) < now.getTime()),
    );
    expect(past.length).toBeGreaterThanOrEqual(4);
    for (const s of past) {
      expect(['held', 'cancelled'], s.slug).toContain(s.status);
      expect(s.registrationOpen, s.slug).toBe(false);
    }
    expect(
      past.some(
        (s) => s.status === 'held' && s.venues.length === 1 && s.venues[0]?.city === 'tokyo',
      ),
    ).toBe(true);
  });

  it('has an upcoming session open for registration about 30 days ahead', () => {
    const open = content.sessions.filter(
      (s) =>
        s.status === 'scheduled' &&
        s.registrationOpen &&
        s.venues.every((v) => Date.parse(v.startsAt) > now.getTime()),
    );
    expect(open.length).toBeGreaterThanOrEqual(1);
    const [next] = open;
    if (!next) throw new Error('no open session');
    const starts = Math.min(...next.venues.map((v) => Date.parse(v.startsAt)));
    expect(starts - now.getTime()).toBeGreaterThan(27 * DAY_MS);
    expect(starts - now.getTime()).toBeLessThan(34 * DAY_MS);
    for (const v of next.venues) expect(jstTime(v.startsAt), v.city).toBe('14:00');
    expect(Object.fromEntries(next.venues.map((v) => [v.city, v.capacity]))).toEqual({
      tokyo: 40,
      osaka: 30,
      online: 100,
    });

    expect(next.registrationDeadline).not.toBeNull();
    const deadline = Date.parse(next.registrationDeadline ?? '');
    expect(deadline).toBeGreaterThan(now.getTime());
    expect(deadline).toBeLessThan(starts);
    expect(jstDay(new Date(deadline + 3 * DAY_MS).toISOString())).toBe(
      jstDay(new Date(starts).toISOString()),
    );

    // Ordinals continue the sequence of the past sessions.
    const pastMax = Math.max(
      ...content.sessions.filter((s) => s.status !== 'scheduled').map((s) => s.ordinal),
    );
    expect(next.ordinal).toBeGreaterThan(pastMax);
    expect(next.slug).toBe(`round-table-${String(next.ordinal).padStart(2, '0')}`);
  });

  it('has a further upcoming session about 60 days ahead, not yet open', () => {
    const later = content.sessions.filter(
      (s) =>
        s.status === 'scheduled' &&
        !s.registrationOpen &&
        s.venues.every((v) => Date.parse(v.startsAt) > now.getTime()),
    );
    expect(later.length).toBeGreaterThanOrEqual(1);
    const starts = Math.min(...(later[0]?.venues ?? []).map((v) => Date.parse(v.startsAt)));
    expect(starts - now.getTime()).toBeGreaterThan(57 * DAY_MS);
    expect(starts - now.getTime()).toBeLessThan(64 * DAY_MS);
    const open = content.sessions.find((s) => s.registrationOpen);
    expect(later[0]?.ordinal).toBeGreaterThan(open?.ordinal ?? Infinity);
  });

  it('keeps every registration deadline before its session starts', () => {
    for (const s of content.sessions) {
      if (s.registrationDeadline === null) continue;
      const starts = Math.min(...s.venues.map((v) => Date.parse(v.startsAt)));
      expect(Date.parse(s.registrationDeadline), s.slug).toBeLessThan(starts);
    }
  });

  it('has minutes for the first two sessions, on the day they were held', () => {
    const bySession = new Map(content.sessions.map((s) => [s.slug, s]));
    for (const slug of ['round-table-01', 'round-table-02']) {
      expect(
        content.minutes.some((m) => m.session === slug),
        slug,
      ).toBe(true);
    }
    for (const m of content.minutes) {
      const session = bySession.get(m.session);
      expect(session?.status, m.slug).toBe('held');
      expect(
        session?.venues.map((v) => jstDay(v.startsAt)),
        m.slug,
      ).toContain(m.heldOn);
      expect(m.participantGroups.length, m.slug).toBeGreaterThan(0);
      for (const text of [m.body.ja, m.body.en]) {
        expect(text, m.slug).toMatch(/^## /m);
        expect(text, m.slug).toMatch(/^\| *:?-{3}/m);
      }
    }
  });

  it('has at least four reports, of both kinds, well structured', () => {
    expect(content.reports.filter((r) => r.kind === 'overseas').length).toBeGreaterThanOrEqual(2);
    expect(content.reports.filter((r) => r.kind === 'domestic').length).toBeGreaterThanOrEqual(2);
    expect(content.reports.length).toBeGreaterThanOrEqual(4);
    for (const r of content.reports) {
      expect(r.publishedOn >= '2018-12-01' && r.publishedOn <= '2020-12-31', r.slug).toBe(true);
      expect(r.authors.length, r.slug).toBeGreaterThan(0);
      for (const [lang, body] of [
        ['ja', r.body.ja],
        ['en', r.body.en],
      ] as const) {
        const what = `${r.slug} (${lang})`;
        expect(body, what).toMatch(/^## /m);
        expect(body, what).toMatch(/^### /m);
        expect(body, what).toMatch(/^(- |\d+\. )/m);
        expect(body, what).toMatch(/^\|---/m);
        expect(body, what).toMatch(/\]\(https:\/\/www\.[a-z.]+\//);
      }
      expect(r.body.ja, r.slug).toContain('デモ用の架空の数値');
      expect(r.body.en, r.slug).toContain('illustrative figures for the demo');
      expect(r.body.en.split(/\s+/).length, `${r.slug} en length`).toBeGreaterThan(250);
      expect(r.body.ja.length, `${r.slug} ja length`).toBeGreaterThan(800);
    }
  });

  it('has complete site settings', () => {
    const { siteSettings } = content;
    expect(siteSettings.contactEmail).toBe('info@example.org');
    expect(siteSettings.organizationName.ja).toContain('ASSC');
    expect(siteSettings.about.ja).toMatch(/^## /m);
    expect(siteSettings.about.ja).toContain('無料');
    expect(siteSettings.about.en).toContain('free');
    for (const needle of [
      'お名前',
      'ご所属',
      '電話番号',
      'メールアドレス',
      '会場',
      '同意',
      '確認メール',
      '個人専用リンク',
      '90日',
      '他の参加者',
      siteSettings.contactEmail,
    ]) {
      expect(siteSettings.privacyPolicy.ja, needle).toContain(needle);
    }
    for (const needle of [
      'name',
      'organisation',
      'phone',
      'e-mail',
      'venue',
      'agreed',
      'confirmation e-mail',
      'personal link',
      '90 days',
      'other attendees',
      siteSettings.contactEmail,
    ]) {
      expect(siteSettings.privacyPolicy.en, needle).toContain(needle);
    }
  });
});

describe('demoContent', () => {
  it('is deterministic for a given now and returns fresh objects', () => {
    const now = new Date('2026-03-18T03:00:00.000Z');
    const a = demoContent(now);
    const b = demoContent(now);
    expect(a).toEqual(b);
    const lecturer = a.sessions[0]?.lecturers[0];
    if (!lecturer) throw new Error('the kick-off has no lecturer');
    lecturer.name.ja = 'changed';
    expect(demoContent(now).sessions[0]?.lecturers[0]?.name.ja).not.toBe('changed');
    expect(a.reports[0]?.authors[0]?.name.ja).not.toBe('changed');
  });
});
