import type { Core } from '@strapi/strapi';

const REGISTRATION = 'api::registration.registration';
const AUTHOR_CODE = 'strapi-author';

/**
 * Strapi gives its default Author role every content type, registrations included. Authors
 * write content; only Editors (and Super Admins) handle attendees' personal data.
 */
export async function keepRegistrationsFromAuthors(strapi: Core.Strapi): Promise<void> {
  const author = await strapi.db.query('admin::role').findOne({ where: { code: AUTHOR_CODE } });
  if (!author) return;
  const deleted = await strapi.db
    .query('admin::permission')
    .deleteMany({ where: { role: author.id, subject: REGISTRATION } });
  if (deleted.count > 0) {
    strapi.log.info(`Removed ${deleted.count} registration permissions from the Author role.`);
  }
}
