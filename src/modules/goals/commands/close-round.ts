import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';

/**
 * Closes a round: its figures are frozen and its mailed links stop working (they expire now).
 * `actorUserId` is null when the round closed itself after its deadline. A closed round is refused (409).
 */
export async function closeRound(db: Db, organisationId: string, actorUserId: string | null, roundId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const closed = await trx
      .updateTable('goal_rounds')
      .set({ closed_at: now.toISOString() })
      .$call(inOrganisation(organisationId, 'goal_rounds'))
      .where('id', '=', roundId)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) === 0) throw refuse.conflict('goals.round.alreadyClosed');
    await trx
      .updateTable('goal_report_links')
      .set({ expires_at: now.toISOString() })
      .$call(inOrganisation(organisationId, 'goal_report_links'))
      .where('round_id', '=', roundId)
      .execute();
    await recordAudit(
      trx,
      { organisationId, actorUserId, action: 'goals.round.close', subjectType: 'goals_round', subjectId: roundId, details: {} },
      now,
    );
  });
}
