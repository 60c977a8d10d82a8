import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import '../tables.ts';

/**
 * Links a theme to its counterparts in other languages within its run (a Finnish theme and the
 * Swedish and English themes saying the same), replacing its earlier links. A link holds both ways,
 * so it is stored in both directions and shows on both themes. A theme of another run, or the theme
 * itself, is 422 at the field. Links are not an edit of the themes' contents: the form shows them
 * checked, and unchecking is their undo; each change is audited with what was before.
 */
export async function setThemeCounterparts(
  db: Db,
  actor: Actor,
  target: { runId: string; themeId: string; counterpartIds: readonly string[] },
  now: Date,
): Promise<void> {
  const wanted = [...new Set(target.counterpartIds)];
  await db.transaction().execute(async (trx) => {
    const themes = await trx
      .selectFrom('insight_themes')
      .select('id')
      .$call(inOrganisation(actor.organisationId, 'insight_themes'))
      .where('run_id', '=', target.runId)
      .execute();
    const known = new Set(themes.map((theme) => theme.id));
    if (wanted.some((id) => id === target.themeId || !known.has(id)))
      throw refuse.invalid({ counterpartIds: { key: 'insights.validation.counterpartUnknown' } });
    const before = await trx
      .selectFrom('insight_theme_counterparts')
      .select('counterpart_theme_id')
      .$call(inOrganisation(actor.organisationId, 'insight_theme_counterparts'))
      .where('theme_id', '=', target.themeId)
      .execute();
    await trx
      .deleteFrom('insight_theme_counterparts')
      .$call(inOrganisation(actor.organisationId, 'insight_theme_counterparts'))
      .where('run_id', '=', target.runId)
      .where((eb) => eb.or([eb('theme_id', '=', target.themeId), eb('counterpart_theme_id', '=', target.themeId)]))
      .execute();
    const at = now.toISOString();
    const row = (theme: string, counterpart: string) => ({
      organisation_id: actor.organisationId,
      run_id: target.runId,
      theme_id: theme,
      counterpart_theme_id: counterpart,
      created_by_user_id: actor.userId,
      created_at: at,
    });
    if (wanted.length > 0)
      await trx
        .insertInto('insight_theme_counterparts')
        .values(wanted.flatMap((id) => [row(target.themeId, id), row(id, target.themeId)]))
        .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'insights.theme.counterparts',
        subjectType: 'insight_theme_run',
        subjectId: target.runId,
        details: { themeId: target.themeId, before: before.map((item) => item.counterpart_theme_id), after: wanted },
      },
      now,
    );
  });
}
