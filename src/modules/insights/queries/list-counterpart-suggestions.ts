import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type CounterpartSuggestion, suggestCounterparts } from '../themes/suggest-counterparts.ts';
import '../tables.ts';

/** Sentences per theme the suggestions read (quotes first), so a large run's page stays fast. */
const SENTENCES_PER_THEME = 300;

/** The themes the analyst rejected as this theme's counterparts (not suggested again). */
export async function listRejectedCounterparts(db: Db, organisationId: string, runId: string, themeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('insight_counterpart_rejections')
    .select('counterpart_theme_id')
    .$call(inOrganisation(organisationId, 'insight_counterpart_rejections'))
    .where('run_id', '=', runId)
    .where('theme_id', '=', themeId)
    .orderBy('created_at')
    .orderBy('counterpart_theme_id')
    .execute();
  return rows.map((row) => row.counterpart_theme_id);
}

/**
 * The suggested counterparts of one theme in its run (suggest-counterparts.ts), those already
 * linked or rejected left out, most alike first: the other theme's id and the similarity.
 */
export async function listCounterpartSuggestions(
  db: Db,
  organisationId: string,
  runId: string,
  theme: { id: string; counterpartIds: readonly string[]; rejectedIds: readonly string[] },
): Promise<CounterpartSuggestion[]> {
  const rows = await db
    .selectFrom('insight_theme_sentences')
    .select(['theme_id', 'text', 'language', 'quote_rank'])
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('theme_id', 'is not', null)
    .orderBy('contribution_id')
    .orderBy('sentence_index')
    .execute();
  const byTheme = new Map<string, typeof rows>();
  for (const row of rows) byTheme.set(row.theme_id!, [...(byTheme.get(row.theme_id!) ?? []), row]);
  const themes = [...byTheme].map(([id, sentences]) => ({
    id,
    sentences: [...sentences]
      .sort((a, b) => (a.quote_rank ?? Number.MAX_SAFE_INTEGER) - (b.quote_rank ?? Number.MAX_SAFE_INTEGER))
      .slice(0, SENTENCES_PER_THEME),
  }));
  const leftOut = new Set([...theme.counterpartIds, ...theme.rejectedIds]);
  return suggestCounterparts(themes)
    .filter((pair) => pair.themeId === theme.id || pair.counterpartId === theme.id)
    .map((pair) => (pair.themeId === theme.id ? pair : { ...pair, themeId: pair.counterpartId, counterpartId: pair.themeId }))
    .filter((pair) => !leftOut.has(pair.counterpartId));
}
