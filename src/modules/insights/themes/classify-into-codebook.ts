/**
 * A run that classifies into a codebook instead of finding themes anew: the codebook's themes (each
 * given by its sentences) take the new sentences by cosine to their centroids (codebook.ts), those
 * like no theme enough stay unassigned; then each theme's words, quotes (the most similar sentences,
 * one per contribution) and NPMI coherence, and a run description like discovery's, so the run is
 * stored, shown and compared like any other. Every codebook theme is kept, also one no new sentence
 * fell into (the analyst sees it was not spoken of). Deterministic.
 */

import { classifyWithCodebook } from './codebook.ts';
import { npmiCoherence, themeDiversity, wordWindows } from './coherence.ts';
import { CrossLanguageIndex, type LanguageText } from './cross-language.ts';
import type { ThemeDiscovery, ThemeSentence } from './discover-themes.ts';
import { labelThemes } from './labels.ts';
import { hashInputs, type ThemeRun } from './run-description.ts';

/** The method's name and version in a run classified into a codebook. */
export const CODEBOOK_METHOD_VERSION = 'codebook-centroid-cosine/2';

/**
 * Below this cross-language similarity a sentence in a language the codebook lacks stays unassigned:
 * the highest F1 with precision at least 0.6 on SIB-200 (fi and en codebooks from train, the other
 * languages' dev sentences); held out on test (see CONTEXT.md).
 */
export const CROSS_LANGUAGE_MINIMUM_SIMILARITY = 0.05;

/** A language is the codebook's own when at least this share of its sentences are in it. */
const OWN_LANGUAGE_SHARE = 0.1;

/** Options of the classification run. */
export interface CodebookRunOptions {
  minimumSimilarity: number;
  /** Quotes per theme (default 5). */
  quotes?: number;
  /** Recorded with the run. */
  codebookId: string;
  /**
   * For sentences in a language the codebook lacks: each codebook theme's stored texts with their
   * language, its linked counterparts' texts added (so a Swedish counterpart's words count for a
   * Finnish theme), and each new sentence's language. Without them such sentences are classified
   * like any other.
   */
  crossLanguage?: {
    themes: readonly (readonly LanguageText[])[];
    languageOf: (sentence: ThemeSentence) => string;
    /** The codebook's own languages (`ownLanguages` of its stored texts, before counterparts were added). */
    ownLanguages?: ReadonlySet<string>;
  };
}

/** The languages with at least OWN_LANGUAGE_SHARE of the codebook's texts. */
export function ownLanguages(themes: readonly (readonly LanguageText[])[]): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const theme of themes)
    for (const text of theme) {
      counts.set(text.language, (counts.get(text.language) ?? 0) + 1);
      total += 1;
    }
  return new Set([...counts].filter(([, count]) => count >= OWN_LANGUAGE_SHARE * total).map(([language]) => language));
}

/** The sentences in other languages classified through the cross-language profiles. */
function classifyAcross(
  cross: NonNullable<CodebookRunOptions['crossLanguage']>,
  sentences: readonly ThemeSentence[],
  into: { assignments: Map<string, number>; similarity: Map<string, number>; unassigned: Set<string> },
): string[] {
  if (sentences.length === 0) return [];
  const index = new CrossLanguageIndex(cross.themes);
  const assigned: string[] = [];
  for (const sentence of sentences) {
    const similarities = index.similarities({ text: sentence.text, language: cross.languageOf(sentence) });
    let best = -1;
    let bestSimilarity = 0;
    similarities.forEach((value, theme) => {
      if (value > bestSimilarity + 1e-12) {
        best = theme;
        bestSimilarity = value;
      }
    });
    into.similarity.set(sentence.id, bestSimilarity);
    if (best < 0 || bestSimilarity < CROSS_LANGUAGE_MINIMUM_SIMILARITY) continue;
    into.assignments.set(sentence.id, best);
    into.unassigned.delete(sentence.id);
    assigned.push(sentence.id);
  }
  return assigned;
}

/** The most similar sentences of a theme, one per contribution, best first. */
function quotesOf(ids: readonly string[], similarity: ReadonlyMap<string, number>, source: ReadonlyMap<string, string>, count: number) {
  const seen = new Set<string>();
  const chosen: string[] = [];
  const ranked = [...ids].sort((a, b) => (similarity.get(b) ?? 0) - (similarity.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ranked) {
    if (chosen.length >= count) break;
    if (seen.has(source.get(id)!)) continue;
    seen.add(source.get(id)!);
    chosen.push(id);
  }
  return chosen;
}

/** Each sentence in the codebook's own languages classified directly, the others across languages. */
function classifyEach(codebook: readonly (readonly ThemeSentence[])[], sentences: readonly ThemeSentence[], options: CodebookRunOptions) {
  const cross = options.crossLanguage;
  const own = cross ? (cross.ownLanguages ?? ownLanguages(cross.themes)) : undefined;
  const isOwn = (sentence: ThemeSentence) => !cross || !own || own.has(cross.languageOf(sentence));
  const result = classifyWithCodebook(codebook, sentences.filter(isOwn), { minimumSimilarity: options.minimumSimilarity });
  const others = sentences.filter((sentence) => !isOwn(sentence));
  const unassignedSet = new Set([...result.unassigned, ...others.map((sentence) => sentence.id)]);
  const crossLanguageIds = cross
    ? classifyAcross(cross, others, { assignments: result.assignments, similarity: result.similarity, unassigned: unassignedSet })
    : [];
  const unassigned = sentences.filter((sentence) => unassignedSet.has(sentence.id)).map((sentence) => sentence.id);
  return { result, unassigned, crossLanguageIds };
}

/** Classifies the sentences into the codebook's themes and describes the outcome as a discovery. */
export function classifyIntoCodebook(
  codebook: readonly (readonly ThemeSentence[])[],
  input: readonly ThemeSentence[],
  options: CodebookRunOptions,
): ThemeDiscovery {
  const sentences = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { result, unassigned, crossLanguageIds } = classifyEach(codebook, sentences, options);
  const assigned = sentences.filter((sentence) => result.assignments.has(sentence.id));
  const labels = Int32Array.from(assigned, (sentence) => result.assignments.get(sentence.id)!);
  const labelWords = labelThemes(
    assigned.map((sentence) => sentence.words),
    labels,
    codebook.length,
    10,
  );
  const labelBases = new Set(labelWords.flat().map((word) => word.base));
  const windowsBySource = new Map<string, string[]>();
  for (const sentence of assigned) {
    const window = windowsBySource.get(sentence.sourceId) ?? [];
    for (const word of sentence.words) if (labelBases.has(word.base)) window.push(word.base);
    windowsBySource.set(sentence.sourceId, window);
  }
  const windows = wordWindows([...windowsBySource.values()]);
  const source = new Map(sentences.map((sentence) => [sentence.id, sentence.sourceId]));
  const themes = codebook.map((_, theme) => {
    const sentenceIds = assigned.filter((_, i) => labels[i] === theme).map((sentence) => sentence.id);
    const words = labelWords[theme] ?? [];
    return {
      label: words,
      sentenceIds,
      quoteIds: quotesOf(sentenceIds, result.similarity, source, options.quotes ?? 5),
      coherence:
        words.length > 1
          ? npmiCoherence(
              words.map((word) => word.base),
              windows,
              windowsBySource.size,
            )
          : 0,
    };
  });
  const diversity = themeDiversity(labelWords.map((list) => list.map((word) => word.base)));
  const run: ThemeRun = {
    methodVersion: CODEBOOK_METHOD_VERSION,
    inputsHash: hashInputs(sentences),
    inputCount: sentences.length,
    parameters: {
      codebookId: options.codebookId,
      codebookThemes: codebook.length,
      codebookSentences: codebook.reduce((sum, theme) => sum + theme.length, 0),
      minimumSimilarity: options.minimumSimilarity,
      crossLanguageMinimumSimilarity: options.crossLanguage ? CROSS_LANGUAGE_MINIMUM_SIMILARITY : null,
      quotes: options.quotes ?? 5,
    },
    outputs: {
      themes: themes.map((theme) => ({
        label: theme.label.map((word) => word.surface),
        size: theme.sentenceIds.length,
        quoteIds: theme.quoteIds,
        coherence: theme.coherence,
      })),
      assignments: Object.fromEntries(result.assignments),
      unassignedIds: unassigned,
      crossLanguageIds,
      diversity,
      silhouettes: [],
    },
  };
  return { themes, assignments: result.assignments, unassignedIds: unassigned, diversity, run };
}
