import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type IndicatorValues, indicatorColumns } from './indicator-columns.ts';

/** Replaces an indicator's definition, unit, direction, source, baseline and reporter (already resolved); its targets and actuals stay. */
export async function updateIndicator(db: Db, actor: Actor, indicatorId: string, input: IndicatorValues, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('goal_indicators')
      .set(indicatorColumns(input, now))
      .$call(inOrganisation(actor.organisationId, 'goal_indicators'))
      .where('id', '=', indicatorId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.indicator.update',
        subjectType: 'goals_indicator',
        subjectId: indicatorId,
        details: {},
      },
      now,
    );
  });
}
