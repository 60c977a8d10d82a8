import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { ThemeQuote } from '../model.ts';
import '../tables.ts';

/** A sentence a codebook run assigned through another language, with the theme it is in now. */
export interface CrossLanguageSentence extends ThemeQuote {
  themeId: string | null;
}

/**
 * The sentences a codebook run classified through the cross-language profiles (the run's outputs
 * name them), the first `limit` in sentence order, each with its theme as it stands after edits;
 * and how many there were. Empty for a run that found its themes anew.
 */
export async function listCrossLanguageSentences(
  db: Db,
  organisationId: string,
  runId: string,
  limit = 100,
): Promise<{ count: number; sentences: CrossLanguageSentence[] }> {
  const run = await db
    .selectFrom('insight_theme_runs')
    .select('outputs')
    .$call(inOrganisation(organisationId, 'insight_theme_runs'))
    .where('id', '=', runId)
    .executeTakeFirst();
  const ids = parseJsonColumn<{ crossLanguageIds?: string[] }>(run?.outputs ?? null, {}).crossLanguageIds ?? [];
  if (ids.length === 0) return { count: 0, sentences: [] };
  const wanted = [...ids].sort().slice(0, limit);
  const contributions = [...new Set(wanted.map((id) => id.slice(0, id.lastIndexOf(':'))))];
  const keys = new Set(wanted);
  const rows = await db
    .selectFrom('insight_theme_sentences')
    .select(['contribution_id', 'sentence_index', 'text', 'channel', 'language', 'theme_id'])
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('contribution_id', 'in', contributions)
    .orderBy('contribution_id')
    .orderBy('sentence_index')
    .execute();
  const sentences = rows
    .filter((row) => keys.has(`${row.contribution_id}:${row.sentence_index}`))
    .map((row) => ({
      contributionId: row.contribution_id,
      sentenceIndex: row.sentence_index,
      text: row.text,
      channel: row.channel,
      language: row.language,
      themeId: row.theme_id,
    }));
  return { count: ids.length, sentences };
}
