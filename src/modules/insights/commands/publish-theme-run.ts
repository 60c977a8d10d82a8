import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { writeThemeLinks } from './theme-links.ts';
import '../tables.ts';

/**
 * Publishes a finished run's theme set as the process's public themes (replacing the one shown
 * before), and links each theme to its run and to its contributions. Only a run that succeeded
 * with themes can be published (409 otherwise). The links are written in bulk, and the run is
 * locked against merge, split and move until it is reopened.
 */
export async function publishThemeRun(db: Db, actor: Actor, run: { id: string; processId: string }, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('insight_theme_runs')
      .select('status')
      .$call(inOrganisation(actor.organisationId, 'insight_theme_runs'))
      .where('id', '=', run.id)
      .executeTakeFirst();
    const themes = await trx
      .selectFrom('insight_themes')
      .select('id')
      .$call(inOrganisation(actor.organisationId, 'insight_themes'))
      .where('run_id', '=', run.id)
      .execute();
    if (row?.status !== 'succeeded' || themes.length === 0) throw refuse.conflict('insights.run.notPublishable');
    await trx
      .deleteFrom('insight_published_theme_sets')
      .$call(inOrganisation(actor.organisationId, 'insight_published_theme_sets'))
      .where('process_id', '=', run.processId)
      .execute();
    await trx
      .insertInto('insight_published_theme_sets')
      .values({
        organisation_id: actor.organisationId,
        process_id: run.processId,
        run_id: run.id,
        published_by_user_id: actor.userId,
        published_at: now.toISOString(),
      })
      .execute();
    // Publishing locks the set: merge, split and move wait until an analyst reopens it.
    await trx
      .updateTable('insight_theme_runs')
      .set({ editing_locked: 1 })
      .$call(inOrganisation(actor.organisationId, 'insight_theme_runs'))
      .where('id', '=', run.id)
      .execute();
    await writeThemeLinks(trx, actor.organisationId, run.id, now);
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'insights.themes.publish',
        subjectType: 'insight_theme_run',
        subjectId: run.id,
        details: { themes: themes.length },
      },
      now,
    );
  });
}
