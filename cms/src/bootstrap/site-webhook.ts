import type { Core } from '@strapi/strapi';

export const WEBHOOK_NAME = 'Public site: refresh cache';

/**
 * Publishing, unpublishing or deleting must reach readers without a restart: Strapi calls the
 * site, which drops what it had cached for that content type. Create and update are included
 * for the types without drafts (countries, topics, site settings), whose save is their publish.
 */
export const WEBHOOK_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
];

interface Webhook {
  id: number | string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
}

interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
}

const same = (a: Omit<Webhook, 'id'>, b: Omit<Webhook, 'id'>) =>
  a.url === b.url &&
  a.isEnabled === b.isEnabled &&
  JSON.stringify(a.headers) === JSON.stringify(b.headers) &&
  JSON.stringify([...a.events].sort()) === JSON.stringify([...b.events].sort());

export async function ensureSiteWebhook(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const siteUrl = env.SITE_URL?.replace(/\/+$/, '');
  const secret = env.SITE_WEBHOOK_SECRET;
  if (!siteUrl || !secret) {
    strapi.log.warn(
      'SITE_URL or SITE_WEBHOOK_SECRET is not set: publishing will not refresh the site.',
    );
    return;
  }
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const wanted = {
    name: WEBHOOK_NAME,
    url: `${siteUrl}/api/revalidate`,
    headers: { Authorization: `Bearer ${secret}` },
    events: WEBHOOK_EVENTS,
    isEnabled: true,
  };
  const existing = (await store.findWebhooks()).find((w) => w.name === WEBHOOK_NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
  } else if (!same(existing, wanted)) {
    const updated = await store.updateWebhook(existing.id, wanted);
    if (updated) runner.update(updated);
  }
}
