import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { CorpusEntry } from '../corpus/load-corpus.ts';
import { SOFTWARE_VERSION } from '../software-version.ts';
import type { ThemeDiscovery, ThemeSentence } from '../themes/discover-themes.ts';
import type { ClaimedRun } from './claim-run.ts';

/** Sentence rows per insert: nine bound values each stays well under SQLite's limit. */
const SENTENCES_PER_INSERT = 500;

/** What a run computed, to be stored. */
export interface ComputedRun {
  corpus: CorpusEntry[];
  sentences: ThemeSentence[];
  discovery: ThemeDiscovery;
  /** The codebook's names and descriptions, theme by theme, when the run classified into one. */
  wording?: ReadonlyArray<{ label: LocalizedText; summary: LocalizedText }> | undefined;
}

/** `contributionId:n` → [contributionId, n] (contribution ids hold no colon; the last one splits). */
function splitSentenceId(id: string): [string, number] {
  const at = id.lastIndexOf(':');
  return [id.slice(0, at), Number(id.slice(at + 1))];
}

/** The label the method gives: its three most distinctive words, in their most frequent written form. */
function generatedLabel(words: readonly { surface: string }[]): string {
  return words
    .slice(0, 3)
    .map((word) => word.surface)
    .join(', ');
}

function themeRows(run: ClaimedRun, computed: ComputedRun, themeIds: readonly string[], at: string) {
  return computed.discovery.themes.map((theme, position) => {
    const label = generatedLabel(theme.label);
    const wording = computed.wording?.[position];
    return {
      id: themeIds[position]!,
      organisation_id: run.organisationId,
      run_id: run.id,
      position,
      generated_label: label,
      label: JSON.stringify(wording?.label ?? { fi: label }),
      summary: JSON.stringify(wording?.summary ?? { fi: '' }),
      sentence_count: theme.sentenceIds.length,
      contribution_count: new Set(theme.sentenceIds.map((id) => splitSentenceId(id)[0])).size,
      coherence: Number.isFinite(theme.coherence) ? theme.coherence : 0,
      created_at: at,
      updated_at: at,
    };
  });
}

function sentenceRows(run: ClaimedRun, computed: ComputedRun, themeIds: readonly string[]) {
  const entries = new Map(computed.corpus.map((entry) => [entry.contributionId, entry]));
  const quoteRank = new Map<string, number>();
  for (const theme of computed.discovery.themes)
    theme.quoteIds.forEach((id, rank) => {
      quoteRank.set(id, rank + 1);
    });
  return computed.sentences.map((sentence) => {
    const [contributionId, index] = splitSentenceId(sentence.id);
    const entry = entries.get(contributionId);
    const theme = computed.discovery.assignments.get(sentence.id);
    return {
      organisation_id: run.organisationId,
      run_id: run.id,
      contribution_id: contributionId,
      sentence_index: index,
      theme_id: theme === undefined ? null : themeIds[theme]!,
      text: sentence.text,
      channel: entry?.channel ?? '',
      language: entry?.analysis.language ?? 'unknown',
      quote_rank: quoteRank.get(sentence.id) ?? null,
    };
  });
}

function finishedRun(computed: ComputedRun, at: string) {
  const { corpus, sentences, discovery } = computed;
  const { assignments: _assignments, ...outputs } = discovery.run.outputs;
  return {
    status: 'succeeded' as const,
    progress: 100,
    progress_step: null,
    parameters: JSON.stringify(discovery.run.parameters),
    software_version: SOFTWARE_VERSION,
    method_version: discovery.run.methodVersion,
    inputs_hash: discovery.run.inputsHash,
    contribution_count: corpus.length,
    sentence_count: sentences.length,
    normalisers: JSON.stringify([...new Set(corpus.map((entry) => entry.analysis.normaliser))].sort()),
    outputs: JSON.stringify(outputs),
    diversity: Number.isFinite(discovery.diversity) ? discovery.diversity : 0,
    lease_until: null,
    finished_at: at,
  };
}

/**
 * Stores a run's themes, every masked sentence with its theme (or none) and quote rank, and the
 * run description, in one transaction; a run cancelled meanwhile stores nothing and says so.
 */
export async function storeThemeRun(db: Db, run: ClaimedRun, computed: ComputedRun, now: Date): Promise<void> {
  const at = now.toISOString();
  const themeIds = computed.discovery.themes.map(() => newId());
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('insight_theme_runs')
      .select(['status', 'cancel_requested'])
      .$call(inOrganisation(run.organisationId, 'insight_theme_runs'))
      .where('id', '=', run.id)
      .executeTakeFirst();
    if (current?.status !== 'running') return;
    if (current.cancel_requested === 1) {
      await trx
        .updateTable('insight_theme_runs')
        .set({ status: 'cancelled', lease_until: null, finished_at: at })
        .where('id', '=', run.id)
        .execute();
      return;
    }
    if (themeIds.length > 0)
      await trx
        .insertInto('insight_themes')
        .values(themeRows(run, computed, themeIds, at))
        .execute();
    const rows = sentenceRows(run, computed, themeIds);
    for (let start = 0; start < rows.length; start += SENTENCES_PER_INSERT)
      await trx
        .insertInto('insight_theme_sentences')
        .values(rows.slice(start, start + SENTENCES_PER_INSERT))
        .execute();
    await trx.updateTable('insight_theme_runs').set(finishedRun(computed, at)).where('id', '=', run.id).execute();
  });
}
