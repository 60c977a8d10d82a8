import { type AnalyseOptions, createTextAnalyser, type TextAnalysis } from './analyse.ts';

/** One term of a set of texts: how often it was said, in how many texts, and its most usual form. */
export interface KeyTerm {
  /** The base form or stem the words were counted under. */
  term: string;
  /** Words that became this term (as a word's base form or stem; compound parts are not counted). */
  count: number;
  /** Texts with the term at least once. */
  documents: number;
  /** The word as it was most often written (what a word picture shows: "kaupungin", "Rauman"). */
  surface: string;
}

interface Tally {
  count: number;
  documents: number;
  surfaces: Map<string, number>;
}

/** The form seen most often; a tie goes to the alphabetically first, so the answer never depends on order. */
function mostUsual(surfaces: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of surfaces) {
    if (count > bestCount || (count === bestCount && surface < best)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The key terms of analysed texts, most said first (then in more texts, then alphabetically):
 * each term's count, the texts it is in, and the surface form most often seen. `limit` keeps the
 * first ones (all when left out).
 */
export function countKeyTerms(analyses: Iterable<TextAnalysis>, limit?: number): KeyTerm[] {
  const tallies = new Map<string, Tally>();
  for (const analysis of analyses) {
    const seen = new Set<string>();
    for (const sentence of analysis.sentences) {
      for (const word of sentence.words) {
        const term = word.terms[0];
        if (!term) continue;
        let tally = tallies.get(term);
        if (!tally) {
          tally = { count: 0, documents: 0, surfaces: new Map() };
          tallies.set(term, tally);
        }
        tally.count++;
        tally.surfaces.set(word.surface, (tally.surfaces.get(word.surface) ?? 0) + 1);
        if (!seen.has(term)) {
          seen.add(term);
          tally.documents++;
        }
      }
    }
  }
  const terms = [...tallies].map(([term, tally]) => ({
    term,
    count: tally.count,
    documents: tally.documents,
    surface: mostUsual(tally.surfaces),
  }));
  terms.sort((a, b) => b.count - a.count || b.documents - a.documents || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return limit === undefined ? terms : terms.slice(0, limit);
}

/** Key terms straight from texts (analysed with the options; each text's language detected unless given). */
export function keyTermsOf(texts: Iterable<string>, options: AnalyseOptions & { limit?: number } = {}): KeyTerm[] {
  const analyser = createTextAnalyser(options);
  const analyses: TextAnalysis[] = [];
  for (const text of texts) analyses.push(analyser.analyse(text, options.language));
  return countKeyTerms(analyses, options.limit);
}
