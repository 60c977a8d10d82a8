/**
 * From the text analysis to theme discovery's input: each analysed sentence
 * becomes one sentence to group, its words' first terms (base form or stem)
 * as the words, a compound's parts as extra features.
 */

import type { TextAnalysis } from '../text/analyse.ts';
import type { ThemeSentence } from './discover-themes.ts';

/** The sentences of one contribution's analysis, with ids `sourceId:n`. */
export function themeSentencesOf(sourceId: string, analysis: TextAnalysis): ThemeSentence[] {
  return analysis.sentences.map((sentence, n) => ({
    id: `${sourceId}:${n}`,
    sourceId,
    text: sentence.text,
    words: sentence.words.map((word) => ({ base: word.terms[0]!, surface: word.surface })),
    features: sentence.words.flatMap((word) => word.terms.slice(1)),
  }));
}

/** One contribution as a single unit (all its sentences together), for when the contribution is what is grouped. */
export function themeDocumentOf(sourceId: string, analysis: TextAnalysis): ThemeSentence {
  const sentences = themeSentencesOf(sourceId, analysis);
  return {
    id: sourceId,
    sourceId,
    text: sentences.map((sentence) => sentence.text).join(' '),
    words: sentences.flatMap((sentence) => sentence.words),
    features: sentences.flatMap((sentence) => sentence.features ?? []),
  };
}
