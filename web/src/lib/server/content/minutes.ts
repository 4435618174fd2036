import { Minutes, type Locale } from '@assc/schemas';
import { z } from 'zod';
import { cached } from '../cms';

export const MINUTES_PAGE_SIZE = 20;

export const MinutesListItem = Minutes.omit({ body: true, decisions: true });
export type MinutesListItem = z.infer<typeof MinutesListItem>;

export function listMinutes(locale: Locale, page = 1) {
  return cached(`minutes:list:${locale}:${page}`, ['minute', 'session'], (cms) =>
    cms.find('/minutes', MinutesListItem, {
      locale,
      fields: ['title', 'slug', 'heldOn'],
      populate: { session: { fields: ['title', 'slug', 'ordinal'] } },
      sort: ['heldOn:desc', 'id:desc'],
      pagination: { page, pageSize: MINUTES_PAGE_SIZE },
    }),
  );
}

export async function latestMinutes(locale: Locale, count = 3) {
  return (await listMinutes(locale, 1)).data.slice(0, count);
}

export function getMinutes(locale: Locale, slug: string) {
  return cached(`minutes:one:${locale}:${slug}`, ['minute', 'session'], (cms) =>
    cms.findBySlug('/minutes', Minutes, slug, {
      locale,
      populate: {
        participantGroups: true,
        session: { fields: ['title', 'slug', 'ordinal'] },
        attachments: true,
      },
    }),
  );
}

/** Every published set of minutes, without bodies: for the sitemap and the feed. */
export function allMinutes(locale: Locale) {
  return cached(`minutes:all:${locale}`, ['minute'], (cms) =>
    cms.findAll('/minutes', MinutesListItem, {
      locale,
      fields: ['title', 'slug', 'heldOn', 'updatedAt'],
      sort: ['heldOn:desc', 'id:desc'],
    }),
  );
}
