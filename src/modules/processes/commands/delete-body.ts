import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import { auditProcessChange } from './command-support.ts';

/**
 * Deletes a body with its members and sectors and its place in timeline
 * audiences (the foreign keys cascade); bodies beneath it move to the top level.
 */
export async function deleteBody(db: Db, actor: Actor, processId: string, bodyId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const body = await findBodyForAdmin(trx, actor.organisationId, processId, bodyId);
    if (!body) throw refuse.notFound();
    await trx
      .updateTable('process_bodies')
      .set({ parent_id: null, updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'process_bodies'))
      .where('parent_id', '=', bodyId)
      .execute();
    await trx
      .deleteFrom('process_bodies')
      .$call(inOrganisation(actor.organisationId, 'process_bodies'))
      .where('process_id', '=', processId)
      .where('id', '=', bodyId)
      .execute();
    const details = { processId, kind: body.kind, name: body.name.fi, members: body.members.length };
    await auditProcessChange(trx, actor, { action: 'processes.body.delete', subjectType: 'body', subjectId: bodyId, details }, now);
  });
}
