import { describe, expect, it } from 'vitest';
import { collectionResponse, singleResponse, StrapiErrorBody } from '../strapi-response';
import { Country } from './country';
import { Media } from './media';
import { Minutes } from './minutes';
import { Report } from './report';
import { Session } from './session';
import { SiteSettings } from './site-settings';

const timestamps = {
  createdAt: '2018-09-01T00:00:00.000Z',
  updatedAt: '2018-09-02T00:00:00.000Z',
  publishedAt: '2018-09-02T00:00:00.000Z',
};

const pdf = {
  id: 7,
  documentId: 'pdf7',
  name: 'handout.pdf',
  alternativeText: null,
  caption: null,
  width: null,
  height: null,
  formats: null,
  hash: 'handout_abc',
  ext: '.pdf',
  mime: 'application/pdf',
  size: 245.12,
  url: '/uploads/handout_abc.pdf',
  previewUrl: null,
  provider: 'local',
  provider_metadata: null,
  ...timestamps,
};

const image = {
  ...pdf,
  id: 8,
  documentId: 'img8',
  name: 'cover.jpg',
  alternativeText: 'ハノイの送り出し機関',
  width: 1600,
  height: 900,
  ext: '.jpg',
  mime: 'image/jpeg',
  url: '/uploads/cover_abc.jpg',
  formats: {
    thumbnail: {
      name: 'thumbnail_cover.jpg',
      hash: 'thumbnail_cover_abc',
      ext: '.jpg',
      mime: 'image/jpeg',
      path: null,
      width: 245,
      height: 138,
      size: 8.1,
      sizeInBytes: 8100,
      url: '/uploads/thumbnail_cover_abc.jpg',
    },
  },
};

const session = {
  id: 12,
  documentId: 'h3k2session1',
  title: '第1回 外国人労働者ラウンドテーブル',
  slug: 'round-table-1',
  locale: 'ja',
  ordinal: 1,
  theme: '## テーマ\n\n技能実習制度の課題',
  sessionStatus: 'held',
  registrationOpen: false,
  registrationDeadline: '2018-10-09T14:59:59.000Z',
  ...timestamps,
  venues: [
    {
      id: 1,
      city: 'tokyo',
      name: 'ASSC 会議室（東京）',
      address: '東京都千代田区…',
      startsAt: '2018-10-10T06:00:00.000Z',
      endsAt: '2018-10-10T08:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      capacity: 30,
    },
    {
      id: 2,
      city: 'osaka',
      name: '大阪会場',
      address: null,
      startsAt: '2018-10-10T06:00:00.000Z',
      endsAt: '2018-10-10T08:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      capacity: 20,
    },
  ],
  lecturers: [{ id: 3, name: 'Nguyễn Thị Hồng', affiliation: null, bio: null }],
  materials: [pdf],
};

describe('Session', () => {
  it('parses a populated Strapi 5 entry and drops fields the site does not use', () => {
    const parsed = Session.parse({ ...session, localizations: [], someNewField: 1 });
    expect(parsed.venues?.map((venue) => venue.city)).toEqual(['tokyo', 'osaka']);
    expect(parsed.materials?.[0]).not.toHaveProperty('provider');
    expect(parsed).not.toHaveProperty('someNewField');
    expect(parsed).not.toHaveProperty('localizations');
  });

  it('leaves unpopulated relations, components and media undefined', () => {
    const { venues: _venues, lecturers: _lecturers, materials: _materials, ...bare } = session;
    const parsed = Session.parse(bare);
    expect(parsed.venues).toBeUndefined();
    expect(parsed.minutes).toBeUndefined();
  });

  it('reads an empty multiple media field returned as null as an empty list', () => {
    expect(Session.parse({ ...session, materials: null }).materials).toEqual([]);
  });

  it.each([
    ['an unknown status', { sessionStatus: 'postponed' }],
    ['a slug that is not a uid', { slug: 'round table/1' }],
    ['an empty title', { title: '' }],
    ['a date-time that is not ISO', { registrationDeadline: '2018/10/09 23:59' }],
    ['an ordinal of 0', { ordinal: 0 }],
    ['no venue', { venues: [] }],
    ['a venue in another city', { venues: [{ ...session.venues[0], city: 'nagoya' }] }],
    ['a missing documentId', { documentId: undefined }],
    ['an unknown locale', { locale: 'fr' }],
  ])('rejects %s', (_label, overrides) => {
    expect(Session.safeParse({ ...session, ...overrides }).success).toBe(false);
  });
});

describe('Minutes', () => {
  it('parses minutes with their session populated one level deep', () => {
    const parsed = Minutes.parse({
      id: 4,
      documentId: 'min4',
      title: '第1回 議事録',
      slug: 'minutes-1',
      locale: 'ja',
      heldOn: '2018-10-10',
      participantGroups: [{ id: 1, name: '企業' }],
      body: '本文',
      decisions: null,
      ...timestamps,
      session: { ...session, minutes: [{ id: 99 }] },
    });
    expect(parsed.session?.slug).toBe('round-table-1');
    expect(parsed.session).not.toHaveProperty('minutes');
  });

  it('accepts a session relation that is empty', () => {
    const result = Minutes.safeParse({
      id: 4,
      documentId: 'min4',
      title: 't',
      slug: 'm',
      heldOn: '2018-10-10',
      body: null,
      decisions: null,
      session: null,
    });
    expect(result.success).toBe(true);
  });

  it('rejects a heldOn that is a date-time', () => {
    const result = Minutes.safeParse({
      id: 4,
      documentId: 'min4',
      title: 't',
      slug: 'm',
      heldOn: '2018-10-10T00:00:00.000Z',
      body: '',
      decisions: null,
    });
    expect(result.success).toBe(false);
  });
});

describe('Report and Country', () => {
  const report = {
    id: 5,
    documentId: 'rep5',
    title: 'ベトナムの送り出し機関調査',
    slug: 'vietnam-sending-agencies',
    locale: 'ja',
    summary: '概要',
    body: '本文',
    kind: 'overseas',
    publishedOn: '2019-03-01',
    ...timestamps,
    authors: [{ id: 1, name: '山田 太郎', affiliation: 'ASSC', bio: null }],
    cover: image,
    pdf: null,
    countries: [{ id: 1, documentId: 'vn', name: 'ベトナム', slug: 'vietnam', code: 'VN' }],
    topics: [{ id: 2, documentId: 't2', name: '手数料', slug: 'fees' }],
  };

  it('parses a report with media, components and relations', () => {
    const parsed = Report.parse(report);
    expect(parsed.cover?.formats?.thumbnail?.width).toBe(245);
    expect(parsed.pdf).toBeNull();
    expect(parsed.countries?.[0]?.code).toBe('VN');
  });

  it.each([
    ['an unknown kind', { kind: 'international' }],
    ['a lower-case country code', { countries: [{ ...report.countries[0], code: 'vn' }] }],
    ['a publishedOn that is not a date', { publishedOn: '1 March 2019' }],
  ])('rejects %s', (_label, overrides) => {
    expect(Report.safeParse({ ...report, ...overrides }).success).toBe(false);
  });

  it('parses a country with its reports', () => {
    const { countries: _countries, topics: _topics, ...base } = report;
    const parsed = Country.parse({ ...report.countries[0], reports: [base] });
    expect(parsed.reports?.[0]?.slug).toBe('vietnam-sending-agencies');
  });
});

describe('Media', () => {
  it('keeps what an <img> or a download link needs', () => {
    expect(Media.parse(image)).toEqual({
      id: 8,
      documentId: 'img8',
      name: 'cover.jpg',
      url: '/uploads/cover_abc.jpg',
      alternativeText: 'ハノイの送り出し機関',
      caption: null,
      width: 1600,
      height: 900,
      mime: 'image/jpeg',
      size: 245.12,
      ext: '.jpg',
      formats: {
        thumbnail: {
          name: 'thumbnail_cover.jpg',
          ext: '.jpg',
          mime: 'image/jpeg',
          width: 245,
          height: 138,
          size: 8.1,
          sizeInBytes: 8100,
          url: '/uploads/thumbnail_cover_abc.jpg',
        },
      },
      createdAt: timestamps.createdAt,
      updatedAt: timestamps.updatedAt,
    });
  });
});

describe('response envelopes', () => {
  it('parses a collection page', () => {
    const schema = collectionResponse(Session);
    const parsed = schema.parse({
      data: [session],
      meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 } },
    });
    expect(parsed.data[0]?.title).toBe(session.title);
    expect(parsed.meta.pagination.total).toBe(1);
  });

  it('rejects a collection without pagination', () => {
    expect(collectionResponse(Session).safeParse({ data: [], meta: {} }).success).toBe(false);
  });

  it('rejects a Strapi 4 style entry with attributes', () => {
    const v4 = { data: [{ id: 12, attributes: session }], meta: { pagination: session } };
    expect(collectionResponse(Session).safeParse(v4).success).toBe(false);
  });

  it('parses the site settings single type', () => {
    const parsed = singleResponse(SiteSettings).parse({
      data: {
        id: 1,
        documentId: 'settings',
        organizationName: 'ASSC',
        about: '…',
        contactEmail: 'info@example.org',
        privacyPolicy: '…',
        locale: 'en',
        ...timestamps,
      },
      meta: {},
    });
    expect(parsed.data.organizationName).toBe('ASSC');
  });

  it('parses an error body', () => {
    const parsed = StrapiErrorBody.parse({
      data: null,
      error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} },
    });
    expect(parsed.error.status).toBe(404);
  });
});
