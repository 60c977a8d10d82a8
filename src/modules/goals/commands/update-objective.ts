import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';

/** An objective's new unit, title and owner (already resolved); the goal it cites does not change. */
export interface ObjectiveChanges {
  unitId: string;
  title: LocalizedText;
  ownerUserId: string | null;
}

/** Replaces an objective's unit, title and owner. */
export async function updateObjective(db: Db, actor: Actor, objectiveId: string, changes: ObjectiveChanges, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('goal_objectives')
      .set({
        unit_id: changes.unitId,
        title: JSON.stringify(changes.title),
        owner_user_id: changes.ownerUserId,
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'goal_objectives'))
      .where('id', '=', objectiveId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.objective.update',
        subjectType: 'goals_objective',
        subjectId: objectiveId,
        details: { unitId: changes.unitId },
      },
      now,
    );
  });
}
