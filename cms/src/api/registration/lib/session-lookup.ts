import {
  defaultLocale,
  isLocale,
  type Locale,
  type SessionStatus,
  type VenueCity,
} from '@assc/schemas';
import type { Core } from '@strapi/strapi';

export const SESSION = 'api::session.session';

export interface Venue {
  city: VenueCity;
  name: string;
  address: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  capacity: number;
}

/** One locale's row of a session document. */
export interface SessionVersion {
  id: number;
  documentId: string;
  locale: Locale;
  title: string;
  slug: string;
  sessionStatus: SessionStatus;
  registrationOpen: boolean;
  registrationDeadline: string | null;
  venues: Venue[];
}

/** Every locale of one session document, in one publication state. */
export interface SessionDocument {
  documentId: string;
  /**
   * The default locale's row when there is one: venues are localized in the CMS, so seats and
   * times could differ between languages by mistake, and one language has to be authoritative.
   */
  canonical: SessionVersion;
  /** The row to show a reader of `locale`, or the canonical one when that language is missing. */
  inLocale(locale: Locale): SessionVersion;
}

interface SessionRow {
  id: number;
  documentId: string;
  locale: string | null;
  title: string;
  slug: string;
  sessionStatus: SessionStatus;
  registrationOpen: boolean | null;
  registrationDeadline: string | null;
  venues?: Venue[] | null;
}

function toVersion(row: SessionRow): SessionVersion {
  return {
    id: row.id,
    documentId: row.documentId,
    locale: isLocale(row.locale) ? row.locale : defaultLocale,
    title: row.title,
    slug: row.slug,
    sessionStatus: row.sessionStatus,
    registrationOpen: row.registrationOpen === true,
    registrationDeadline: row.registrationDeadline ?? null,
    venues: (row.venues ?? []).map((v) => ({
      city: v.city,
      name: v.name,
      address: v.address ?? null,
      startsAt: v.startsAt,
      endsAt: v.endsAt,
      timeZone: v.timeZone || 'Asia/Tokyo',
      capacity: Number(v.capacity ?? 0),
    })),
  };
}

function toDocument(rows: SessionRow[]): SessionDocument | null {
  const versions = rows.map(toVersion);
  const byLocale = new Map(versions.map((v) => [v.locale, v]));
  const canonical = byLocale.get(defaultLocale) ?? versions[0];
  if (!canonical) return null;
  return {
    documentId: canonical.documentId,
    canonical,
    inLocale: (locale) => byLocale.get(locale) ?? canonical,
  };
}

/**
 * A session as readers see it: published rows only. Looked up by documentId because row ids
 * change every time a session is published again.
 */
export async function findPublishedSession(
  strapi: Core.Strapi,
  documentId: string,
): Promise<SessionDocument | null> {
  const rows = (await strapi.db.query(SESSION).findMany({
    where: { documentId, publishedAt: { $notNull: true } },
    populate: { venues: true },
  })) as SessionRow[];
  return toDocument(rows);
}

/**
 * For people who already hold a registration: the published session when there is one, else
 * the draft, so a cancel link keeps working while staff have the session unpublished.
 */
export async function findAnySession(
  strapi: Core.Strapi,
  documentId: string,
): Promise<SessionDocument | null> {
  const published = await findPublishedSession(strapi, documentId);
  if (published) return published;
  const rows = (await strapi.db.query(SESSION).findMany({
    where: { documentId },
    populate: { venues: true },
  })) as SessionRow[];
  return toDocument(rows);
}
