import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import '../tables.ts';

/** The names and counts of a process's published themes, largest first, in one statement (none when nothing is published). */
export async function listPublishedThemeNames(
  db: Db,
  organisationId: string,
  processId: string,
): Promise<Array<{ label: LocalizedText; contributionCount: number }>> {
  const published = db
    .selectFrom('insight_published_theme_sets')
    .select('run_id')
    .$call(inOrganisation(organisationId, 'insight_published_theme_sets'))
    .where('process_id', '=', processId);
  const rows = await db
    .selectFrom('insight_themes')
    .select(['label', 'generated_label', 'contribution_count'])
    .$call(inOrganisation(organisationId, 'insight_themes'))
    .where('run_id', 'in', published)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    label: parseJsonColumn<LocalizedText>(row.label, { fi: row.generated_label }),
    contributionCount: row.contribution_count,
  }));
}
