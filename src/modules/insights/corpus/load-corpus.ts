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

/** The contributions of a process that pass the filter, analysed (masked, language, sentences, base forms), in id order. */
export async function loadCorpus(
  db: Db,
  organisationId: string,
  processId: string,
  filter: StoredCorpusFilter,
  signal?: AbortSignal,
): Promise<CorpusEntry[]> {
  const rows = await listContributions(db, organisationId, { processId, limit: CORPUS_LIMIT });
  const channels = new Set<string>(filter.channels);
  const languages = new Set<string>(filter.languages);
  const analyser = createTextAnalyser();
  const entries: CorpusEntry[] = [];
  for (const row of [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (channels.size > 0 && !channels.has(row.channel)) continue;
    if (filter.phase) {
      const day = todayIn(new Date(row.createdAt), filter.timeZone);
      if (day < filter.phase.startsOn || day > filter.phase.endsOn) continue;
    }
    if (entries.length % 500 === 0) signal?.throwIfAborted();
    const given = KNOWN.has(row.language as LanguageGuess) ? (row.language as LanguageGuess) : undefined;
    const analysis = analyser.analyse(row.text, given);
    if (languages.size > 0 && !languages.has(analysis.language)) continue;
    entries.push({ contributionId: row.id, channel: row.channel, analysis });
  }
  return entries;
}
