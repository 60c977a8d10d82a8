/**
 * The corpus of a run: a process's visible contributions from every channel (the `contributions`
 * table, through the contributions module), narrowed by channel, phase and language, each text
 * masked and split into sentences before anything else reads it.
 */

import type { Db } from '../../../platform/db/database.ts';
import { listContributions } from '../../contributions/index.ts';
import { todayIn } from '../../processes/index.ts';
import { createTextAnalyser, type TextAnalysis } from '../text/analyse.ts';
import type { LanguageGuess } from '../text/language.ts';
import type { StoredCorpusFilter } from './corpus-filter.ts';

/** At most this many contributions are read for one run (50,000 answers is the measured size). */
export const CORPUS_LIMIT = 200_000;

/** One contribution as analysed for a run: masked sentences only, never the raw text. */
export interface CorpusEntry {
  contributionId: string;
  channel: string;
  analysis: TextAnalysis;
}

const KNOWN = new Set<LanguageGuess>(['fi', 'sv', 'en']);

/** A contribution that passed the channel and phase filters, before analysis (read by the job, analysed apart). */
export interface CorpusRow {
  id: string;
  channel: string;
  text: string;
  language: string | null;
}

/** The contributions of a process that pass the channel and phase filters, in id order, not yet analysed. */
export async function readCorpusRows(db: Db, organisationId: string, processId: string, filter: StoredCorpusFilter): Promise<CorpusRow[]> {
  const rows = await listContributions(db, organisationId, { processId, limit: CORPUS_LIMIT });
  const channels = new Set<string>(filter.channels);
  const kept: CorpusRow[] = [];
  for (const row of [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (channels.size > 0 && !channels.has(row.channel)) continue;
    if (filter.phase) {
      const day = todayIn(new Date(row.createdAt), filter.timeZone);
      if (day < filter.phase.startsOn || day > filter.phase.endsOn) continue;
    }
    kept.push({ id: row.id, channel: row.channel, text: row.text, language: row.language ?? null });
  }
  return kept;
}

/**
 * The rows analysed (masked, language, sentences, base forms), keeping those in the filter's
 * languages; synchronous and CPU-bound, so the job runs it in a process of its own.
 */
export function analyseCorpus(
  rows: readonly CorpusRow[],
  languages: readonly string[],
  onProgress?: (fraction: number) => void,
): CorpusEntry[] {
  const wanted = new Set<string>(languages);
  const analyser = createTextAnalyser();
  const entries: CorpusEntry[] = [];
  for (const [index, row] of rows.entries()) {
    if (index % 500 === 0) onProgress?.(index / Math.max(rows.length, 1));
    const given = KNOWN.has(row.language as LanguageGuess) ? (row.language as LanguageGuess) : undefined;
    const analysis = analyser.analyse(row.text, given);
    if (wanted.size > 0 && !wanted.has(analysis.language)) continue;
    entries.push({ contributionId: row.id, channel: row.channel, analysis });
  }
  return entries;
}
