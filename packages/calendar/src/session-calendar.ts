import type { Locale, SessionBase, SessionVenue } from '@assc/schemas';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

export interface CalendarOptions {
  locale: Locale;
  /** The session page, put on every event so a calendar links back to it. */
  pageUrl: string;
  /** Host part of each event's UID; stable, so re-importing updates rather than duplicates. */
  uidDomain: string;
  /** Only these venues (a registrant's own), or all when omitted. */
  cities?: SessionVenue['city'][];
}

const CITY: Record<Locale, Record<SessionVenue['city'], string>> = {
  ja: { tokyo: '東京', osaka: '大阪', online: 'オンライン' },
  en: { tokyo: 'Tokyo', osaka: 'Osaka', online: 'Online' },
};

type SessionForCalendar = Pick<SessionBase, 'documentId' | 'title' | 'slug' | 'sessionStatus'> & {
  venues?: SessionVenue[] | undefined;
};

/**
 * One VEVENT per venue, with TZID=Asia/Tokyo (or the venue's own zone) and a VTIMEZONE block, so
 * calendars show Japan time whatever the reader's device is set to.
 */
export function sessionCalendar(session: SessionForCalendar, options: CalendarOptions): string {
  const venues = (session.venues ?? []).filter(
    (v) => !options.cities || options.cities.includes(v.city),
  );
  // The class, not the default export: tsup's CommonJS build (read by the CMS) loses default-import interop.
  const calendar = new ICalCalendar({
    name: session.title,
    prodId: {
      company: 'ASSC',
      product: 'Foreign Workers Round Table',
      language: options.locale.toUpperCase(),
    },
    timezone: { name: venues[0]?.timeZone ?? 'Asia/Tokyo', generator: getVtimezoneComponent },
  });
  for (const venue of venues) {
    const city = CITY[options.locale][venue.city];
    calendar.createEvent({
      id: `${session.documentId}-${venue.city}@${options.uidDomain}`,
      // Zoned DateTimes: with plain Dates ical-generator writes UTC wall time under the TZID.
      start: DateTime.fromISO(venue.startsAt, { zone: venue.timeZone }),
      end: DateTime.fromISO(venue.endsAt, { zone: venue.timeZone }),
      timezone: venue.timeZone,
      summary: `${session.title} (${city})`,
      location: [venue.name, venue.address].filter(Boolean).join(', '),
      description: options.pageUrl,
      url: options.pageUrl,
      status:
        session.sessionStatus === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
