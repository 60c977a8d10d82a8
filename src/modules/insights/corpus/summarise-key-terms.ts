import type { Contribution } from '../../contributions/index.ts';
import { todayIn } from '../../processes/index.ts';
import { createTextAnalyser, type TextAnalysis } from '../text/analyse.ts';
import { countKeyTerms, type KeyTerm } from '../text/key-terms.ts';
import type { LanguageGuess } from '../text/language.ts';
import type { Normaliser } from '../text/normalise.ts';
import { backgroundKeysOf, sourceKeyOf } from './contribution-facets.ts';

/** Terms shown in the list and the word picture. */
export const KEY_TERMS_SHOWN = 40;

/**
 * At most this many contributions are analysed for the page, while the analyst waits (a theme run
 * reads any number, in a process of its own); the page says when the filter matched more.
 */
export const KEY_TERMS_ANALYSED_MAX = 3_000;

/** The filter applied to a process's contributions, with a phase's dates resolved. */
export interface ResolvedKeyTermFilter {
  channels: readonly string[];
  languages: readonly string[];
  source: string | null;
  background: string | null;
  phase: { startsOn: string; endsOn: string } | null;
  timeZone: string;
}

/** The key terms of a filter, and how many contributions and words they came from. */
export interface KeyTermSummary {
  terms: KeyTerm[];
  /** Contributions matching the filter before the language (known only after the analysis). */
  matched: number;
  /** Contributions analysed (the first KEY_TERMS_ANALYSED_MAX of those matched, oldest first). */
  analysed: number;
  /** Contributions analysed that were in the languages chosen. */
  counted: number;
  /** Words counted (every word that became a term, stopwords left out). */
  words: number;
  normalisers: Normaliser[];
}

const KNOWN = new Set<string>(['fi', 'sv', 'en']);

/** Whether a contribution passes the channel, phase, question and background parts of the filter. */
export function matchesKeyTermFilter(row: Contribution, filter: ResolvedKeyTermFilter): boolean {
  if (filter.channels.length > 0 && !filter.channels.includes(row.channel)) return false;
  if (filter.source !== null && sourceKeyOf(row.channel, row.metadata) !== filter.source) return false;
  if (filter.background !== null && !backgroundKeysOf(row.metadata).includes(filter.background)) return false;
  if (filter.phase) {
    const day = todayIn(new Date(row.createdAt), filter.timeZone);
    if (day < filter.phase.startsOn || day > filter.phase.endsOn) return false;
  }
  return true;
}

/** The key terms (with counts) of the contributions that pass the filter, masked and brought to base forms first. */
export function summariseKeyTerms(rows: readonly Contribution[], filter: ResolvedKeyTermFilter): KeyTermSummary {
  const matched = rows.filter((row) => matchesKeyTermFilter(row, filter));
  const analyser = createTextAnalyser();
  const languages = new Set(filter.languages);
  const analyses: TextAnalysis[] = [];
  const normalisers = new Set<Normaliser>();
  const analysed = matched.slice(0, KEY_TERMS_ANALYSED_MAX);
  for (const row of analysed) {
    const analysis = analyser.analyse(row.text, KNOWN.has(row.language) ? (row.language as LanguageGuess) : undefined);
    if (languages.size > 0 && !languages.has(analysis.language)) continue;
    analyses.push(analysis);
    if (analysis.sentences.length > 0) normalisers.add(analysis.normaliser);
  }
  const all = countKeyTerms(analyses);
  return {
    terms: all.slice(0, KEY_TERMS_SHOWN),
    matched: matched.length,
    analysed: analysed.length,
    counted: analyses.length,
    words: all.reduce((sum, term) => sum + term.count, 0),
    normalisers: [...normalisers].sort(),
  };
}
