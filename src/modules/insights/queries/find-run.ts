import type { Selectable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { StoredCorpusFilter } from '../corpus/corpus-filter.ts';
import type { RunFailure } from '../jobs/execute-theme-run.ts';
import type { ThemeRun } from '../model.ts';
import type { InsightThemeRunsTable } from '../tables.ts';
import '../tables.ts';

const EMPTY_FILTER: StoredCorpusFilter = { channels: [], phaseId: null, languages: [], phase: null, timeZone: 'Europe/Helsinki' };

/** Shapes a run row. */
export function toThemeRun(row: Selectable<InsightThemeRunsTable>): ThemeRun {
  return {
    id: row.id,
    processId: row.process_id,
    status: row.status,
    filter: parseJsonColumn<StoredCorpusFilter>(row.corpus_filter, EMPTY_FILTER),
    seed: row.seed,
    minThemes: row.min_themes,
    maxThemes: row.max_themes,
    parameters: parseJsonColumn<Record<string, unknown>>(row.parameters, {}),
    softwareVersion: row.software_version,
    methodVersion: row.method_version,
    inputsHash: row.inputs_hash,
    contributionCount: row.contribution_count,
    sentenceCount: row.sentence_count,
    normalisers: parseJsonColumn<string[]>(row.normalisers, []),
    diversity: row.diversity,
    progress: Number(row.progress),
    progressStep: row.progress_step,
    error: row.error as RunFailure | null,
    cancelRequested: Number(row.cancel_requested) === 1,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    codebookId: row.codebook_id,
    codebookMinimumSimilarity: row.codebook_minimum_similarity === null ? null : Number(row.codebook_minimum_similarity),
  };
}

/** A run of the organisation; another organisation's or an unknown id is undefined. */
export async function findRun(db: Db, organisationId: string, runId: string): Promise<ThemeRun | undefined> {
  const row = await db
    .selectFrom('insight_theme_runs')
    .selectAll()
    .$call(inOrganisation(organisationId, 'insight_theme_runs'))
    .where('id', '=', runId)
    .executeTakeFirst();
  return row ? toThemeRun(row) : undefined;
}

/** A process's latest runs, newest first. */
export async function listRuns(db: Db, organisationId: string, processId: string, limit = 20): Promise<ThemeRun[]> {
  const rows = await db
    .selectFrom('insight_theme_runs')
    .selectAll()
    .$call(inOrganisation(organisationId, 'insight_theme_runs'))
    .where('process_id', '=', processId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => toThemeRun(row));
}

/** The run whose themes are public for a process, if one is published. */
export async function findPublishedRunId(db: Db, organisationId: string, processId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('insight_published_theme_sets')
    .select('run_id')
    .$call(inOrganisation(organisationId, 'insight_published_theme_sets'))
    .where('process_id', '=', processId)
    .executeTakeFirst();
  return row?.run_id;
}
