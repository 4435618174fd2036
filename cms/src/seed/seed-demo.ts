import type { Core, UID } from '@strapi/strapi';
import { demoContent, type DemoContent, type DemoPerson, type Localized } from './demo-content';

type Locale = keyof Localized;
const LOCALES: Locale[] = ['ja', 'en'];

/** Types whose rows mean "this database already has content"; seeding leaves it alone. */
const CONTENT_TYPES = [
  'api::session.session',
  'api::minute.minute',
  'api::report.report',
  'api::country.country',
  'api::topic.topic',
  'api::site-setting.site-setting',
] as const satisfies readonly UID.ContentType[];

const STORE_KEY = 'demo-seeded-at';

export type SeedOutcome = 'seeded' | 'already-seeded' | 'has-content';

function seedStore(strapi: Core.Strapi) {
  return strapi.store({ type: 'core', name: 'assc' });
}

async function hasContent(strapi: Core.Strapi): Promise<boolean> {
  for (const uid of CONTENT_TYPES) {
    if ((await strapi.db.query(uid).count()) > 0) return true;
  }
  return false;
}

const person = (p: DemoPerson, locale: Locale) => ({
  name: p.name[locale],
  affiliation: p.affiliation[locale],
  bio: p.bio[locale],
});

/** Connects a localized relation to the same locale of each target document. */
const linkTo = (documentIds: string[], locale: Locale) => ({
  connect: documentIds.map((documentId) => ({ documentId, locale })),
});

function lookup(ids: Map<string, string>, slug: string, what: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Demo content refers to an unknown ${what}: ${slug}`);
  return id;
}

/**
 * Writes one document in every locale: the Japanese version creates it, the English one is
 * added to the same document, so both languages share a documentId and the site can link them.
 */
async function createLocalized(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  dataFor: (locale: Locale) => Record<string, unknown>,
  publish: boolean,
): Promise<string> {
  const documents = strapi.documents(uid);
  const status = publish ? ('published' as const) : undefined;
  const first = await documents.create({ locale: 'ja', data: dataFor('ja'), status } as never);
  const documentId = (first as { documentId: string }).documentId;
  for (const locale of LOCALES.slice(1)) {
    await documents.update({ documentId, locale, data: dataFor(locale), status } as never);
  }
  return documentId;
}

async function writeContent(strapi: Core.Strapi, content: DemoContent): Promise<void> {
  const countries = new Map<string, string>();
  for (const c of content.countries) {
    const id = await createLocalized(
      strapi,
      'api::country.country',
      (l) => ({ name: c.name[l], slug: c.slug, code: c.code }),
      false,
    );
    countries.set(c.slug, id);
  }

  const topics = new Map<string, string>();
  for (const t of content.topics) {
    const id = await createLocalized(
      strapi,
      'api::topic.topic',
      (l) => ({ name: t.name[l], slug: t.slug }),
      false,
    );
    topics.set(t.slug, id);
  }

  const sessions = new Map<string, string>();
  for (const s of content.sessions) {
    const id = await createLocalized(
      strapi,
      'api::session.session',
      (l) => ({
        title: s.title[l],
        slug: s.slug,
        ordinal: s.ordinal,
        theme: s.theme[l],
        sessionStatus: s.status,
        registrationOpen: s.registrationOpen,
        registrationDeadline: s.registrationDeadline,
        venues: s.venues.map((v) => ({
          city: v.city,
          name: v.name[l],
          address: v.address[l],
          startsAt: v.startsAt,
          endsAt: v.endsAt,
          timeZone: v.timeZone,
          capacity: v.capacity,
        })),
        lecturers: s.lecturers.map((p) => person(p, l)),
      }),
      true,
    );
    sessions.set(s.slug, id);
  }

  for (const m of content.minutes) {
    const sessionId = lookup(sessions, m.session, 'session');
    await createLocalized(
      strapi,
      'api::minute.minute',
      (l) => ({
        title: m.title[l],
        slug: m.slug,
        heldOn: m.heldOn,
        session: linkTo([sessionId], l),
        participantGroups: m.participantGroups.map((g) => ({ name: g[l] })),
        body: m.body[l],
        decisions: m.decisions[l],
      }),
      true,
    );
  }

  for (const r of content.reports) {
    const countryIds = r.countries.map((slug) => lookup(countries, slug, 'country'));
    const topicIds = r.topics.map((slug) => lookup(topics, slug, 'topic'));
    const sessionIds = r.sessions.map((slug) => lookup(sessions, slug, 'session'));
    await createLocalized(
      strapi,
      'api::report.report',
      (l) => ({
        title: r.title[l],
        slug: r.slug,
        summary: r.summary[l],
        body: r.body[l],
        kind: r.kind,
        publishedOn: r.publishedOn,
        authors: r.authors.map((p) => person(p, l)),
        countries: linkTo(countryIds, l),
        topics: linkTo(topicIds, l),
        sessions: linkTo(sessionIds, l),
      }),
      true,
    );
  }

  const settings = content.siteSettings;
  await createLocalized(
    strapi,
    'api::site-setting.site-setting',
    (l) => ({
      organizationName: settings.organizationName[l],
      about: settings.about[l],
      contactEmail: settings.contactEmail,
      privacyPolicy: settings.privacyPolicy[l],
    }),
    false,
  );
}

/**
 * Seeds the demo once per database, all or nothing. A database that already holds content,
 * or was seeded before (even if staff since deleted everything), is never touched.
 */
export async function seedDemo(strapi: Core.Strapi, now = new Date()): Promise<SeedOutcome> {
  const store = seedStore(strapi);
  if (await store.get({ key: STORE_KEY })) return 'already-seeded';
  if (await hasContent(strapi)) return 'has-content';

  await strapi.db.transaction(async () => {
    await writeContent(strapi, demoContent(now));
    await store.set({ key: STORE_KEY, value: now.toISOString() });
  });
  return 'seeded';
}
