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
import type { ThemeDiscovery, ThemeSentence } from './discover-themes.ts';
import { labelThemes } from './labels.ts';
import { hashInputs, type ThemeRun } from './run-description.ts';

/** The method's name and version in a run classified into a codebook. */
export const CODEBOOK_METHOD_VERSION = 'codebook-centroid-cosine/1';

/** Options of the classification run. */
export interface CodebookRunOptions {
  minimumSimilarity: number;
  /** Quotes per theme (default 5). */
  quotes?: number;
  /** Recorded with the run. */
  codebookId: string;
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

/** Classifies the sentences into the codebook's themes and describes the outcome as a discovery. */
export function classifyIntoCodebook(
  codebook: readonly (readonly ThemeSentence[])[],
  input: readonly ThemeSentence[],
  options: CodebookRunOptions,
): ThemeDiscovery {
  const sentences = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const result = classifyWithCodebook(codebook, sentences, { minimumSimilarity: options.minimumSimilarity });
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
      unassignedIds: result.unassigned,
      diversity,
      silhouettes: [],
    },
  };
  return { themes, assignments: result.assignments, unassignedIds: result.unassigned, diversity, run };
}
