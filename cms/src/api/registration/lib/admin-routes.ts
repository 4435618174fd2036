import type { VenueCity } from '@assc/schemas';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { REGISTRATION, countByVenue } from './capacity';
import { registrationsCsv, type CsvRegistration } from './csv';
import { findAnySession } from './session-lookup';

/** The content-manager permission an Editor has on registrations and an Author does not. */
const READ_REGISTRATIONS = ['plugin::content-manager.explorer.read', REGISTRATION] as const;

export const ADMIN_PREFIX = '/registration-admin';

/**
 * A staff member logged in to the admin panel whose roles may read registrations in the
 * content manager (Editor, Super Admin; not Author). Only the panel's login session counts:
 * admin API tokens are for automation, and content-API tokens never reach admin routes.
 */
const staffOnly = {
  auth: { scope: [] as string[], strategies: ['admin'] },
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [[...READ_REGISTRATIONS]] } },
  ],
};

export interface VenueCount {
  city: VenueCity;
  name: string | null;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
}

async function counts(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const documentId = String(ctx.params.documentId ?? '');
  const session = await findAnySession(strapi, documentId);
  if (!session) return ctx.notFound('Session not found');
  const byVenue = await countByVenue(strapi, documentId);
  const venues: VenueCount[] = session.canonical.venues.map((v) => ({
    city: v.city,
    name: v.name,
    capacity: v.capacity,
    ...(byVenue.get(v.city) ?? { confirmed: 0, waitlisted: 0 }),
  }));
  // Registrations for a venue staff have since removed still count, and still need a home.
  for (const [city, count] of byVenue) {
    if (!venues.some((v) => v.city === city)) {
      venues.push({ city, name: null, capacity: null, ...count });
    }
  }
  ctx.body = { data: { documentId, venues } };
}

async function exportCsv(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const documentId = String(ctx.params.documentId ?? '');
  const session = await findAnySession(strapi, documentId);
  if (!session) return ctx.notFound('Session not found');
  const rows = (await strapi.db.query(REGISTRATION).findMany({
    where: { sessionDocumentId: documentId },
    orderBy: [{ venue: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: [
      'createdAt',
      'status',
      'venue',
      'name',
      'organization',
      'phone',
      'email',
      'language',
      'erasedAt',
    ],
  })) as CsvRegistration[];
  const day = new Date().toISOString().slice(0, 10);
  ctx.set('content-type', 'text/csv; charset=utf-8');
  ctx.set(
    'content-disposition',
    `attachment; filename="registrations-${session.canonical.slug}-${day}.csv"`,
  );
  ctx.set('cache-control', 'no-store');
  ctx.body = registrationsCsv(rows);
}

/**
 * Admin-type routes registered from the app itself, so no separately built plugin is needed:
 * they sit beside the content manager's own routes, behind the admin panel's login.
 */
export function registerAdminRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: ADMIN_PREFIX,
    routes: [
      {
        method: 'GET',
        path: '/sessions/:documentId/counts',
        handler: (ctx: Context) => counts(strapi, ctx),
        config: staffOnly,
        info: { apiName: 'registration' },
      },
      {
        method: 'GET',
        path: '/sessions/:documentId/registrations.csv',
        handler: (ctx: Context) => exportCsv(strapi, ctx),
        config: staffOnly,
        info: { apiName: 'registration' },
      },
    ],
  });
}
