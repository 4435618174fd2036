import type {
  MinutesBase,
  MinutesRef,
  ReportBase,
  ReportRef,
  Session,
  SessionBase,
  SessionRef,
} from '@assc/schemas';

/*
 * What list pages send to the browser. Pages that keep client-side rendering serialise their
 * data into the HTML, so lists carry only what a list shows, never Markdown bodies.
 */

export type SessionListItem = Pick<
  Session,
  'slug' | 'title' | 'ordinal' | 'sessionStatus' | 'venues'
>;

export function toSessionListItem(session: Session): SessionListItem {
  const { slug, title, ordinal, sessionStatus, venues } = session;
  return { slug, title, ordinal, sessionStatus, venues };
}

/** Distinct cities in the order the venues list them. */
export function sessionCities(session: Pick<Session, 'venues'>) {
  return [...new Set((session.venues ?? []).map((venue) => venue.city))];
}

/** The earliest venue, which stands for the session's date in lists. */
export function firstVenue(session: Pick<Session, 'venues'>) {
  return [...(session.venues ?? [])].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
  )[0];
}

/*
 * Related documents arrive with the fields their `populate` asked for, but `documentRef`'s
 * inferred type only knows the four it guarantees (id, documentId, title, slug). These read the
 * extra fields as the optional values they are.
 */

export interface MinutesLink {
  id: number;
  slug: string;
  title: string;
  heldOn?: string;
  sessionOrdinal?: number;
}

export function toMinutesLink(
  minutes: Pick<MinutesBase, 'id' | 'slug' | 'title'> & Partial<Pick<MinutesBase, 'heldOn'>>,
  session?: SessionRef | null,
): MinutesLink {
  const { id, slug, title, heldOn } = minutes;
  const ordinal = (session as Partial<SessionBase> | null | undefined)?.ordinal;
  return { id, slug, title, heldOn, sessionOrdinal: ordinal };
}

export function minutesRefToLink(ref: MinutesRef): MinutesLink {
  return toMinutesLink({ ...ref, heldOn: (ref as Partial<MinutesBase>).heldOn });
}

export interface ReportLink {
  id: number;
  slug: string;
  title: string;
  publishedOn?: string;
}

export function reportRefToLink(ref: ReportRef): ReportLink {
  const { id, slug, title } = ref;
  return { id, slug, title, publishedOn: (ref as Partial<ReportBase>).publishedOn };
}

/**
 * Whether a title already names its ordinal (「第5回 …」, "Round Table #5: …"), so the page
 * need not print 「第5回」 again right above it.
 */
export function titleHasOrdinal(title: string, ordinal: number): boolean {
  const n = String(ordinal);
  return new RegExp(`第\\s*${n}\\s*回|#\\s*${n}(?!\\d)|No\\.\\s*${n}(?!\\d)`, 'i').test(
    title.normalize('NFKC'),
  );
}
