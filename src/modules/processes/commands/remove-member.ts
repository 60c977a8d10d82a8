import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { auditProcessChange, requireBody } from './command-support.ts';

/** Removes a member from a body; 404 unless the member is the body's. */
export async function removeMember(
  db: Db,
  actor: Actor,
  ids: { processId: string; bodyId: string; memberId: string },
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireBody(trx, actor.organisationId, ids.processId, ids.bodyId);
    const result = await trx
      .deleteFrom('body_members')
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('body_id', '=', ids.bodyId)
      .where('id', '=', ids.memberId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw refuse.notFound();
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.member.remove', subjectType: 'member', subjectId: ids.memberId, details: ids },
      now,
    );
  });
}
