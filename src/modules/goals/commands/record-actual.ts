import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';

/** One figure to record: an indicator's actual in a round, with a comment. */
export interface ActualFigure {
  indicatorId: string;
  roundId: string;
  value: number;
  comment: string;
}

/**
 * Records (or corrects) indicators' actuals in a round of the process. A round of another process,
 * an unknown one, or a closed one (its figures are frozen) is refused at `roundId`.
 */
export async function recordActuals(
  db: Db,
  actor: Actor,
  processId: string,
  figures: readonly ActualFigure[],
  now: Date,
  reporterUserId: string | null = actor.userId,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const figure of figures) {
      const round = await trx
        .selectFrom('goal_rounds')
        .select(['id', 'closed_at'])
        .$call(inOrganisation(actor.organisationId, 'goal_rounds'))
        .where('id', '=', figure.roundId)
        .where('process_id', '=', processId)
        .executeTakeFirst();
      if (!round) throw refuse.invalid({ roundId: { key: 'goals.validation.roundUnknown' } });
      if (round.closed_at !== null) throw refuse.invalid({ roundId: { key: 'goals.validation.roundClosed' } });
      const values = {
        actual_value: figure.value,
        comment: figure.comment,
        reported_by_user_id: reporterUserId,
        reported_at: now.toISOString(),
      };
      await trx
        .insertInto('goal_actuals')
        .values({ organisation_id: actor.organisationId, indicator_id: figure.indicatorId, round_id: figure.roundId, ...values })
        .onConflict((conflict) => conflict.columns(['indicator_id', 'round_id']).doUpdateSet(values))
        .execute();
      await recordAudit(
        trx,
        {
          organisationId: actor.organisationId,
          actorUserId: reporterUserId,
          action: 'goals.actual.record',
          subjectType: 'goals_indicator',
          subjectId: figure.indicatorId,
          details: { roundId: figure.roundId, value: figure.value },
        },
        now,
      );
    }
  });
}
