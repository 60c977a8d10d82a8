import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { Codebook } from '../codebook/codebook-model.ts';
import { findCodebook } from '../codebook/list-codebooks.ts';
import type { StoredCorpusFilter } from '../corpus/corpus-filter.ts';
import { readCorpusRows } from '../corpus/load-corpus.ts';
import { CODEBOOK_MINIMUM_SIMILARITY } from '../themes/codebook.ts';
import { analyseApart } from './analyse-apart.ts';
import type { ClaimedRun } from './claim-run.ts';
import { storeThemeRun } from './store-theme-run.ts';

/** Why a run failed, as `insights.runError.<reason>` says it on the page. */
export type RunFailure =
  | 'empty-codebook'
  | 'empty-corpus'
  | 'too-few-contributions'
  | 'too-few-sentences'
  | 'no-shared-words'
  | 'interrupted'
  | 'internal';

class RunCancelled extends Error {}

async function setProgress(db: Db, run: ClaimedRun, progress: number, step: string): Promise<void> {
  const row = await db
    .selectFrom('insight_theme_runs')
    .select('cancel_requested')
    .$call(inOrganisation(run.organisationId, 'insight_theme_runs'))
    .where('id', '=', run.id)
    .executeTakeFirst();
  if (!row || row.cancel_requested === 1) throw new RunCancelled();
  await db
    .updateTable('insight_theme_runs')
    .set({ progress: Math.round(progress), progress_step: step })
    .$call(inOrganisation(run.organisationId, 'insight_theme_runs'))
    .where('id', '=', run.id)
    .where('status', '=', 'running')
    .execute();
}

async function finish(db: Db, run: ClaimedRun, now: Date, status: 'failed' | 'cancelled', error: RunFailure | null): Promise<void> {
  await db
    .updateTable('insight_theme_runs')
    .set({ status, error, lease_until: null, finished_at: now.toISOString() })
    .$call(inOrganisation(run.organisationId, 'insight_theme_runs'))
    .where('id', '=', run.id)
    .where('status', '=', 'running')
    .execute();
}

/**
 * Runs one claimed theme run: the corpus read here, then analysed (masked, language, sentences,
 * base forms) and its themes found in a process of its own (analyse-apart.ts) with the run's seed
 * and limits, then the themes, sentences and run description stored in one transaction. Bad input
 * (an empty corpus, one contribution, no shared words) fails the run with a reason the page names;
 * a cancel request is heard within a second and stops the analysis wherever it is.
 */
export async function executeThemeRun(context: Pick<AppContext, 'db' | 'clock'>, run: ClaimedRun, signal?: AbortSignal): Promise<void> {
  const { db } = context;
  try {
    const row = await db
      .selectFrom('insight_theme_runs')
      .select(['corpus_filter', 'seed', 'min_themes', 'max_themes', 'codebook_id', 'codebook_minimum_similarity'])
      .$call(inOrganisation(run.organisationId, 'insight_theme_runs'))
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    const filter = parseJsonColumn<StoredCorpusFilter>(row.corpus_filter, {
      channels: [],
      phaseId: null,
      languages: [],
      phase: null,
      timeZone: 'Europe/Helsinki',
    });
    let codebook: Codebook | undefined;
    if (row.codebook_id !== null) {
      codebook = await findCodebook(db, run.organisationId, run.processId, row.codebook_id);
      if (!codebook || codebook.themes.length === 0) return await finish(db, run, context.clock.now(), 'failed', 'empty-codebook');
    }
    await setProgress(db, run, 2, 'corpus');
    const rows = await readCorpusRows(db, run.organisationId, run.processId, filter);
    if (rows.length === 0) return await finish(db, run, context.clock.now(), 'failed', 'empty-corpus');
    const outcome = await analyseApart(
      {
        rows,
        languages: filter.languages,
        seed: row.seed,
        minThemes: row.min_themes,
        maxThemes: row.max_themes,
        codebook: codebook && {
          id: codebook.id,
          minimumSimilarity: row.codebook_minimum_similarity ?? CODEBOOK_MINIMUM_SIMILARITY,
          themes: codebook.themes.map((theme) => theme.sentences),
          counterparts: codebook.themes.map((theme) => theme.counterparts ?? []),
        },
      },
      async ({ fraction, step }) => {
        try {
          await setProgress(db, run, 5 + 85 * fraction, step);
          return 'go on';
        } catch (error) {
          if (error instanceof RunCancelled) return 'stop';
          throw error;
        }
      },
      signal,
    );
    if (outcome.kind === 'stopped') {
      return await finish(db, run, context.clock.now(), signal?.aborted ? 'failed' : 'cancelled', signal?.aborted ? 'interrupted' : null);
    }
    if (outcome.kind === 'failed') return await finish(db, run, context.clock.now(), 'failed', outcome.reason);
    await setProgress(db, run, 90, 'storing');
    await storeThemeRun(db, run, { ...outcome, wording: codebook?.themes }, context.clock.now());
  } catch (error) {
    const now = context.clock.now();
    if (error instanceof RunCancelled) return await finish(db, run, now, 'cancelled', null);
    await finish(db, run, now, 'failed', signal?.aborted ? 'interrupted' : 'internal');
    if (!signal?.aborted) throw error;
  }
}
