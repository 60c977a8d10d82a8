import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Measure } from '../model.ts';

/** Deletes a measure of an objective; the audit entry keeps what it was (its title, owner, due day and progress). */
export async function deleteMeasure(db: Db, actor: Actor, measure: Measure, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('goal_measures')
      .$call(inOrganisation(actor.organisationId, 'goal_measures'))
      .where('id', '=', measure.id)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.measure.delete',
        subjectType: 'goals_objective',
        subjectId: measure.objectiveId,
        details: {
          measureId: measure.id,
          title: measure.title.fi,
          ownerUserId: measure.ownerUserId,
          dueOn: measure.dueOn,
          status: measure.status,
        },
      },
      now,
    );
  });
}
