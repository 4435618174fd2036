import { excerpt } from '@assc/markdown';
import type { Locale } from '@assc/schemas';
import { Feed } from 'feed';
import { fromCms } from '$lib/server/cms-errors';
import { allMinutes } from '$lib/server/content/minutes';
import { allReports } from '$lib/server/content/reports';
import type { RequestHandler } from './$types';

const FEED_SIZE = 30;

const TITLES: Record<Locale, { title: string; description: string; minutes: string }> = {
  ja: {
    title: '外国人労働者ラウンドテーブル：レポートと議事録',
    description: 'ASSC 外国人労働者ラウンドテーブルの調査レポートと議事録の新着情報',
    minutes: '議事録',
  },
  en: {
    title: 'Foreign Workers Round Table: reports and minutes',
    description:
      'New investigative reports and meeting minutes of the ASSC Foreign Workers Round Table',
    minutes: 'Minutes',
  },
};

/** `YYYY-MM-DD` is a calendar day in Japan. */
const day = (date: string) => new Date(`${date}T00:00:00+09:00`);

export const GET: RequestHandler = async ({ params, url }) => {
  const locale = params.lang as Locale;
  const text = TITLES[locale];
  const [reports, minutes] = await fromCms(() =>
    Promise.all([allReports(locale), allMinutes(locale)]),
  );
  const items = [
    ...reports.map((r) => ({
      title: r.title,
      link: `${url.origin}/${locale}/reports/${r.slug}`,
      date: day(r.publishedOn),
      description: excerpt(r.summary, 300),
      updated: r.updatedAt,
    })),
    ...minutes.map((m) => ({
      title: `${text.minutes}: ${m.title}`,
      link: `${url.origin}/${locale}/minutes/${m.slug}`,
      date: day(m.heldOn),
      description: '',
      updated: m.updatedAt,
    })),
  ]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, FEED_SIZE);

  const updated = items
    .map((i) => (i.updated ? new Date(i.updated) : i.date))
    .reduce((latest, d) => (d > latest ? d : latest), new Date(0));
  const feed = new Feed({
    title: text.title,
    description: text.description,
    id: `${url.origin}/${locale}/`,
    link: `${url.origin}/${locale}/`,
    language: locale,
    updated,
    copyright: 'ASSC',
    feedLinks: { atom: `${url.origin}/${locale}/feed.xml` },
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: item.link,
      link: item.link,
      date: item.date,
      description: item.description || undefined,
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
