import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { startThemeRun } from '../commands/start-theme-run.ts';
import { THEMES_METHOD_VERSION } from '../themes/run-description.ts';

/** A finished run as a test wants it: each theme's name and the contributions (one sentence each) in it. */
export interface StoredRunInput {
  organisationId: string;
  processId: string;
  themes: Array<{ label: string; contributionIds: string[] }>;
  /** Contributions of the run in no theme. */
  unassigned?: string[];
  seed?: number;
  inputsHash?: string;
}

/**
 * Stores a finished theme run with exactly the themes given (as the job would after a discovery),
 * so the analysis pages can be tested on memberships chosen by hand rather than found by the method.
 */
export async function storeFinishedRun(db: Db, input: StoredRunInput, now: Date): Promise<{ runId: string; themeIds: string[] }> {
  const actor = { organisationId: input.organisationId, userId: null, grants: [] };
  const filter = { channels: [], phaseId: null, languages: [], phase: null, timeZone: 'Europe/Helsinki' };
  const seed = input.seed ?? 1;
  const runId = await startThemeRun(db, actor, { processId: input.processId, filter, seed, minThemes: 2, maxThemes: 12 }, now);
  const at = now.toISOString();
  const themeIds = input.themes.map(() => newId());
  const sentence = (contributionId: string, themeId: string | null) => ({
    organisation_id: input.organisationId,
    run_id: runId,
    contribution_id: contributionId,
    sentence_index: 0,
    theme_id: themeId,
    text: `Virke ${contributionId}`,
    channel: 'survey',
    language: 'fi',
    quote_rank: null,
  });
  const rows = [
    ...input.themes.flatMap((theme, index) => theme.contributionIds.map((id) => sentence(id, themeIds[index]!))),
    ...(input.unassigned ?? []).map((id) => sentence(id, null)),
  ];
  await db
    .insertInto('insight_themes')
    .values(
      input.themes.map((theme, position) => ({
        id: themeIds[position]!,
        organisation_id: input.organisationId,
        run_id: runId,
        position,
        generated_label: theme.label,
        label: JSON.stringify({ fi: theme.label }),
        sentence_count: theme.contributionIds.length,
        contribution_count: theme.contributionIds.length,
        coherence: 0.5,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  for (let start = 0; start < rows.length; start += 200)
    await db
      .insertInto('insight_theme_sentences')
      .values(rows.slice(start, start + 200))
      .execute();
  await db
    .updateTable('insight_theme_runs')
    .set({
      status: 'succeeded',
      progress: 100,
      parameters: JSON.stringify({ seed, minThemes: 2, maxThemes: 12 }),
      method_version: THEMES_METHOD_VERSION,
      inputs_hash: input.inputsHash ?? 'hash',
      contribution_count: rows.length,
      sentence_count: rows.length,
      outputs: JSON.stringify({ themes: [], unassignedIds: [], diversity: 1, silhouettes: [] }),
      diversity: 1,
      finished_at: at,
    })
    .where('id', '=', runId)
    .execute();
  return { runId, themeIds };
}
