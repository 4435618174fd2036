import type { Core } from '@strapi/strapi';

/**
 * Everything the anonymous public may do, and nothing more. Whatever else a plugin grants the
 * public role (sign-up, password reset, …) is removed, so the list below is the whole truth.
 */
export const PUBLIC_ACTIONS = [
  'api::session.session.find',
  'api::session.session.findOne',
  'api::minute.minute.find',
  'api::minute.minute.findOne',
  'api::report.report.find',
  'api::report.report.findOne',
  'api::country.country.find',
  'api::country.country.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::site-setting.site-setting.find',
] as const;

interface PermissionRow {
  id: number;
  action: string;
}

export async function setPublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions public role is missing');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const current = (await permissions.findMany({ where: { role: role.id } })) as PermissionRow[];
  const wanted = new Set<string>(PUBLIC_ACTIONS);

  const extra = current.filter((row) => !wanted.has(row.action));
  if (extra.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: extra.map((row) => row.id) } } });
    strapi.log.info(`Removed public permissions: ${extra.map((row) => row.action).join(', ')}`);
  }
  const have = new Set(current.map((row) => row.action));
  for (const action of PUBLIC_ACTIONS) {
    if (!have.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}
