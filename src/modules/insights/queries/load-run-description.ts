import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { ThemeRun } from '../model.ts';
import type { ThemeRun as RunDescription } from '../themes/run-description.ts';
import '../tables.ts';

/**
 * A stored run as the method described it (`compareRuns` reads it): its parameters, inputs hash
 * and outputs, with each sentence's theme as it stands now (after the analyst's edits), the
 * themes in their order (`themeIds`).
 */
export async function loadRunDescription(
  db: Db,
  organisationId: string,
  run: ThemeRun,
  themeIds: readonly string[],
): Promise<RunDescription> {
  const stored = await db
    .selectFrom('insight_theme_runs')
    .select('outputs')
    .$call(inOrganisation(organisationId, 'insight_theme_runs'))
    .where('id', '=', run.id)
    .executeTakeFirst();
  const sentences = await db
    .selectFrom('insight_theme_sentences')
    .select(['contribution_id', 'sentence_index', 'theme_id'])
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', run.id)
    .execute();
  const index = new Map(themeIds.map((id, position) => [id, position]));
  const assignments: Record<string, number> = {};
  const unassignedIds: string[] = [];
  for (const sentence of sentences) {
    const id = `${sentence.contribution_id}:${sentence.sentence_index}`;
    const theme = sentence.theme_id === null ? undefined : index.get(sentence.theme_id);
    if (theme === undefined) unassignedIds.push(id);
    else assignments[id] = theme;
  }
  const outputs = parseJsonColumn<Omit<RunDescription['outputs'], 'assignments'>>(stored?.outputs ?? null, {
    themes: [],
    unassignedIds: [],
    diversity: 0,
    silhouettes: [],
  });
  return {
    methodVersion: run.methodVersion ?? '',
    inputsHash: run.inputsHash ?? '',
    inputCount: run.sentenceCount ?? sentences.length,
    parameters: run.parameters as RunDescription['parameters'],
    outputs: { ...outputs, assignments, unassignedIds: unassignedIds.sort() },
  };
}
