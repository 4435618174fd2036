import { sessionCalendar } from '@assc/calendar';
import type { Locale } from '@assc/schemas';
import type { SessionVersion, Venue } from '../session-lookup';
import type { SiteLinks } from '../site-links';

export interface Attachment {
  filename: string;
  content: string;
  contentType: string;
}

/** The registrant's own venue only, so their calendar holds the meeting they will attend. */
export function calendarAttachment(
  session: SessionVersion,
  venue: Venue,
  locale: Locale,
  links: SiteLinks,
): Attachment {
  const content = sessionCalendar(
    {
      documentId: session.documentId,
      title: session.title,
      slug: session.slug,
      sessionStatus: session.sessionStatus,
      venues: session.venues.map((v, index) => ({ id: index + 1, ...v })),
    },
    {
      locale,
      pageUrl: links.sessionPage(locale, session.slug),
      uidDomain: links.uidDomain,
      cities: [venue.city],
    },
  );
  return {
    filename: `${session.slug}-${venue.city}.ics`,
    content,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  };
}
