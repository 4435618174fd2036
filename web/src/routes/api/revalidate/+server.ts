import { timingSafeEqual } from 'node:crypto';
import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { site, type Tag } from '$lib/server/cms';
import type { RequestHandler } from './$types';

/** What Strapi's webhook sends; only the event and the model matter here. */
const WebhookPayload = z.object({
  event: z.string(),
  model: z.string().optional(),
  uid: z.string().optional(),
});

const TAGS: Record<string, Tag> = {
  session: 'session',
  minute: 'minute',
  report: 'report',
  country: 'country',
  topic: 'topic',
  'site-setting': 'site-setting',
};

/** Types with drafts change for readers only on publish, unpublish and delete. */
const WITH_DRAFTS = new Set<Tag>(['session', 'minute', 'report']);
const DRAFT_ONLY_EVENTS = new Set(['entry.create', 'entry.update']);

function authorised(header: string | null, secret: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const POST: RequestHandler = async ({ request }) => {
  const { env, cache, pages } = site();
  if (!authorised(request.headers.get('authorization'), env.SITE_WEBHOOK_SECRET)) {
    error(401, 'Unauthorised');
  }
  const parsed = WebhookPayload.safeParse(await request.json().catch(() => null));
  if (!parsed.success) error(400, 'Not a Strapi webhook payload');

  const tag = parsed.data.model ? TAGS[parsed.data.model] : undefined;
  if (!tag) return json({ dropped: 0, ignored: parsed.data.model ?? 'no model' });
  if (WITH_DRAFTS.has(tag) && DRAFT_ONLY_EVENTS.has(parsed.data.event)) {
    return json({ dropped: 0, ignored: `${parsed.data.event} of a draft` });
  }
  const dropped = cache.invalidate([tag]);
  const droppedPages = pages.invalidate([tag]);
  return json({ dropped, droppedPages, tag });
};
