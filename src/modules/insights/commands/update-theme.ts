import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { editRun, themeRows } from './edits/edit-log.ts';
import '../tables.ts';

/** An analyst's name and summary of a theme. */
export interface ThemeWording {
  label: LocalizedText;
  summary: LocalizedText;
}

/**
 * Renames a theme and sets its summary; the change shows at once where the run is published. It is
 * an edit in the run's log (kind `rename`, audited as `insights.theme.update`), so the undo puts the
 * former name and summary back; allowed on a published run too.
 */
export async function updateTheme(
  db: Db,
  actor: Actor,
  theme: { id: string; runId: string },
  wording: ThemeWording,
  now: Date,
): Promise<void> {
  await editRun(db, actor, theme.runId, 'rename', now, async (trx) => {
    const before = await themeRows(trx, actor.organisationId, theme.runId, [theme.id]);
    if (before.length !== 1) throw refuse.notFound();
    await trx
      .updateTable('insight_themes')
      .set({ label: JSON.stringify(wording.label), summary: JSON.stringify(wording.summary), updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'insight_themes'))
      .where('id', '=', theme.id)
      .where('run_id', '=', theme.runId)
      .execute();
    return {
      snapshot: { themes: before, createdThemeIds: [], sentences: [] },
      details: { themeId: theme.id, label: wording.label.fi },
    };
  });
}
