import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import '../tables.ts';

/**
 * Cancels a run: a queued one at once, a running one by a request the job honours between its
 * steps. A finished run cannot be cancelled (409).
 */
export async function cancelThemeRun(db: Db, actor: Actor, runId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const queued = await trx
      .updateTable('insight_theme_runs')
      .set({ status: 'cancelled', finished_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'insight_theme_runs'))
      .where('id', '=', runId)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    if (Number(queued.numUpdatedRows) === 0) {
      const running = await trx
        .updateTable('insight_theme_runs')
        .set({ cancel_requested: 1 })
        .$call(inOrganisation(actor.organisationId, 'insight_theme_runs'))
        .where('id', '=', runId)
        .where('status', '=', 'running')
        .executeTakeFirst();
      if (Number(running.numUpdatedRows) === 0) throw refuse.conflict('insights.run.notActive');
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'insights.run.cancel',
        subjectType: 'insight_theme_run',
        subjectId: runId,
      },
      now,
    );
  });
}
