const REGISTRATION = 'api::registration.registration';

interface Event {
  result?: { id?: number } | null;
}

interface Row {
  id: number;
  sessionDocumentId: string | null;
  session?: { documentId: string } | null;
}

/**
 * Seats are counted by `sessionDocumentId`, which survives republishing a session (row ids do
 * not). The site's endpoint sets it; this copies it from the relation when staff add or move a
 * registration in the admin panel, so their entries count too.
 */
async function syncSessionDocumentId(event: Event): Promise<void> {
  const id = event.result?.id;
  if (typeof id !== 'number') return;
  const row = (await strapi.db.query(REGISTRATION).findOne({
    where: { id },
    select: ['id', 'sessionDocumentId'],
    populate: { session: { select: ['documentId'] } },
  })) as Row | null;
  const documentId = row?.session?.documentId;
  if (row && documentId && documentId !== row.sessionDocumentId) {
    await strapi.db
      .query(REGISTRATION)
      .update({ where: { id }, data: { sessionDocumentId: documentId } });
  }
}

export default {
  afterCreate: syncSessionDocumentId,
  afterUpdate: syncSessionDocumentId,
};
