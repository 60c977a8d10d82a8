import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { StoredCorpusFilter } from '../corpus/corpus-filter.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { discoverThemes, ThemeDiscoveryError } from '../themes/discover-themes.ts';
import { themeSentencesOf } from '../themes/theme-sentences.ts';
import type { ClaimedRun } from './claim-run.ts';
import { storeThemeRun } from './store-theme-run.ts';

/** Why a run failed, as `insights.runError.<reason>` says it on the page. */
export type RunFailure = 'empty-corpus' | 'too-few-contributions' | 'too-few-sentences' | 'no-shared-words' | 'interrupted' | 'internal';

class RunCancelled extends Error {}

/**
 * The method's default (a term in at most 5 % of the sentences) leaves a corpus of a few dozen
 * sentences with no term at all: there a term may be in up to ten sentences (at most half).
 * From 200 sentences on the default holds. Stored with the run's parameters.
 */
export function maxDocumentShareFor(sentences: number): number {
  return Math.max(0.05, Math.min(0.5, 10 / Math.max(sentences, 1)));
}

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
 * Runs one claimed theme run: the corpus (masked), its sentences, theme discovery with the run's
 * seed and limits, then the themes, sentences and run description stored in one transaction.
 * Bad input (an empty corpus, one contribution, no shared words) fails the run with a reason the
 * page names; a cancel request is honoured between steps. The discovery itself runs in this
 * process without pause, so a cancel during it takes effect when it returns (its result is dropped).
 */
export async function executeThemeRun(context: Pick<AppContext, 'db' | 'clock'>, run: ClaimedRun, signal?: AbortSignal): Promise<void> {
  const { db } = context;
  try {
    const row = await db
      .selectFrom('insight_theme_runs')
      .select(['corpus_filter', 'seed', 'min_themes', 'max_themes'])
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
    await setProgress(db, run, 2, 'corpus');
    const corpus = await loadCorpus(db, run.organisationId, run.processId, filter, signal);
    if (corpus.length === 0) return await finish(db, run, context.clock.now(), 'failed', 'empty-corpus');
    if (corpus.length < 2) return await finish(db, run, context.clock.now(), 'failed', 'too-few-contributions');
    await setProgress(db, run, 20, 'themes');
    const sentences = corpus.flatMap((entry) => themeSentencesOf(entry.contributionId, entry.analysis));
    const discovery = discoverThemes(sentences, {
      seed: row.seed,
      minThemes: row.min_themes,
      maxThemes: row.max_themes,
      maxDocumentShare: maxDocumentShareFor(sentences.length),
      ...(signal ? { signal } : {}),
    });
    await setProgress(db, run, 90, 'storing');
    await storeThemeRun(db, run, { corpus, sentences, discovery }, context.clock.now());
  } catch (error) {
    const now = context.clock.now();
    if (error instanceof RunCancelled) return await finish(db, run, now, 'cancelled', null);
    if (error instanceof ThemeDiscoveryError) return await finish(db, run, now, 'failed', error.reason);
    await finish(db, run, now, 'failed', signal?.aborted ? 'interrupted' : 'internal');
    if (!signal?.aborted) throw error;
  }
}
