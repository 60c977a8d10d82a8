import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { MeasureInput } from '../schemas.ts';

/** A measure's new title, owner (already resolved), due day and progress. */
export type MeasureChanges = Omit<MeasureInput, 'ownerEmail'> & { ownerUserId: string | null };

/** Replaces a measure's title, owner, due day and progress; the objective it belongs to does not change. */
export async function updateMeasure(db: Db, actor: Actor, measureId: string, objectiveId: string, changes: MeasureChanges, now: Date) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('goal_measures')
      .set({
        title: JSON.stringify(changes.title),
        owner_user_id: changes.ownerUserId,
        due_on: changes.dueOn,
        status: changes.status,
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'goal_measures'))
      .where('id', '=', measureId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.measure.update',
        subjectType: 'goals_objective',
        subjectId: objectiveId,
        details: { measureId, dueOn: changes.dueOn, status: changes.status },
      },
      now,
    );
  });
}
