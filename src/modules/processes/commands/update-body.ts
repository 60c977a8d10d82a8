import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import type { BodyInput } from '../schemas.ts';
import { auditProcessChange } from './command-support.ts';
import { checkBodyParent } from './create-body.ts';

/** Saves a body's kind, texts and parent; 404 unless the body is the process's, 422 for a cycle. */
export async function updateBody(db: Db, actor: Actor, processId: string, bodyId: string, input: BodyInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await findBodyForAdmin(trx, actor.organisationId, processId, bodyId))) throw refuse.notFound();
    await checkBodyParent(trx, actor, processId, input.parentId, bodyId);
    await trx
      .updateTable('process_bodies')
      .set({
        parent_id: input.parentId,
        kind: input.kind,
        name: JSON.stringify(input.name),
        description: JSON.stringify(input.description),
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'process_bodies'))
      .where('process_id', '=', processId)
      .where('id', '=', bodyId)
      .execute();
    const details = { processId, kind: input.kind, name: input.name.fi };
    await auditProcessChange(trx, actor, { action: 'processes.body.update', subjectType: 'body', subjectId: bodyId, details }, now);
  });
}
