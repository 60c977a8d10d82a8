import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { ThemeMembership } from '../corpus/heat-map-people.ts';
import '../tables.ts';

/**
 * Which contribution of a run is in which theme: one row per contribution and theme (a theme given
 * as its index in `themeIds`, the run's themes in order), and a row with no theme for a contribution
 * with a sentence in none.
 */
export async function listRunMemberships(
  db: Db,
  organisationId: string,
  runId: string,
  themeIds: readonly string[],
): Promise<ThemeMembership[]> {
  const rows = await db
    .selectFrom('insight_theme_sentences')
    .select(['contribution_id', 'theme_id'])
    .distinct()
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .orderBy('contribution_id')
    .orderBy('theme_id')
    .execute();
  const index = new Map(themeIds.map((id, position) => [id, position]));
  return rows.map((row) => ({
    contributionId: row.contribution_id,
    themeIndex: row.theme_id === null ? null : (index.get(row.theme_id) ?? null),
  }));
}
