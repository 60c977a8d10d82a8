import { recordAudit } from '../../../../platform/audit/audit.ts';
import type { Actor } from '../../../../platform/authz/authz.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { inOrganisation } from '../../../../platform/db/scope.ts';
import { refuse } from '../../../../platform/domain/refusal.ts';

/**
 * Reopens a published (locked) run for merge, split and move. Its themes stay public, so every
 * edit from now on shows at once and rewrites the links; publishing again locks it. A run that
 * is not locked is 409.
 */
export async function reopenThemeRun(db: Db, actor: Actor, runId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('insight_theme_runs')
      .set({ editing_locked: 0 })
      .$call(inOrganisation(actor.organisationId, 'insight_theme_runs'))
      .where('id', '=', runId)
      .where('editing_locked', '=', 1)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw refuse.conflict('insights.edit.notLocked');
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'insights.run.reopen',
        subjectType: 'insight_theme_run',
        subjectId: runId,
      },
      now,
    );
  });
}
