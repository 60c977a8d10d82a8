import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { addLink } from '../../contributions/index.ts';
import '../tables.ts';

/** Link types and relations a published theme set writes in `links`. */
export const THEME_LINKS = {
  run: 'insight_theme_run',
  theme: 'insight_theme',
  contribution: 'contribution',
  /** run —contains→ theme: which run a theme came from. */
  contains: 'contains',
  /** theme —groups→ contribution: the sources of a theme. */
  groups: 'groups',
} as const;

/**
 * Publishes a finished run's theme set as the process's public themes (replacing the one shown
 * before), and links each theme to its run and to its contributions. Only a run that succeeded
 * with themes can be published (409 otherwise).
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
    const sources = await trx
      .selectFrom('insight_theme_sentences')
      .select(['theme_id', 'contribution_id'])
      .distinct()
      .$call(inOrganisation(actor.organisationId, 'insight_theme_sentences'))
      .where('run_id', '=', run.id)
      .where('theme_id', 'is not', null)
      .orderBy('theme_id')
      .orderBy('contribution_id')
      .execute();
    const runEnd = { type: THEME_LINKS.run, id: run.id };
    for (const theme of themes)
      await addLink(trx, actor.organisationId, runEnd, THEME_LINKS.contains, { type: THEME_LINKS.theme, id: theme.id }, now);
    for (const source of sources)
      await addLink(
        trx,
        actor.organisationId,
        { type: THEME_LINKS.theme, id: source.theme_id ?? '' },
        THEME_LINKS.groups,
        { type: THEME_LINKS.contribution, id: source.contribution_id },
        now,
      );
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
