import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import '../tables.ts';

/** An analyst's name and summary of a theme. */
export interface ThemeWording {
  label: LocalizedText;
  summary: LocalizedText;
}

/** Renames a theme and sets its summary; the change shows at once where the run is published. */
export async function updateTheme(
  db: Db,
  actor: Actor,
  theme: { id: string; runId: string },
  wording: ThemeWording,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('insight_themes')
      .set({ label: JSON.stringify(wording.label), summary: JSON.stringify(wording.summary), updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'insight_themes'))
      .where('id', '=', theme.id)
      .where('run_id', '=', theme.runId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw refuse.notFound();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'insights.theme.update',
        subjectType: 'insight_theme_run',
        subjectId: theme.runId,
        details: { themeId: theme.id, label: wording.label.fi },
      },
      now,
    );
  });
}
