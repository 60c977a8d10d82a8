/**
 * Suggested counterparts (issue 15, item 1): for each theme of a run, the theme in each other
 * language that is most like it by the cross-language profile (cross-language.ts), suggested
 * when the two are each other's best match in those two languages and alike enough. An analyst
 * accepts a suggestion (it becomes a hand-made counterpart link) or rejects it (it is not
 * suggested again). Deterministic: ties go to the earlier theme id.
 */

import { type LanguageText, mainLanguage, profileSimilarity, profilesOf } from './cross-language.ts';

/** Below this similarity no pair is suggested (chosen on SIB-200's train split; see CONTEXT.md). */
export const COUNTERPART_MINIMUM_SIMILARITY = 0.05;

/** A theme with its sentences (masked text and language). */
export interface ThemeTexts {
  id: string;
  sentences: readonly LanguageText[];
}

/** A suggested pair, the first theme's id the smaller. */
export interface CounterpartSuggestion {
  themeId: string;
  counterpartId: string;
  similarity: number;
}

/** Mutual best matches between the themes of different languages, most alike first. */
export function suggestCounterparts(themes: readonly ThemeTexts[], options: { minimumSimilarity?: number } = {}): CounterpartSuggestion[] {
  const minimum = options.minimumSimilarity ?? COUNTERPART_MINIMUM_SIMILARITY;
  const ordered = [...themes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const languages = ordered.map((theme) => mainLanguage(theme.sentences));
  const profiles = profilesOf(ordered.map((theme) => theme.sentences));
  const similarity = (i: number, j: number) => profileSimilarity(profiles[i]!, profiles[j]!);
  /** The index of i's best theme in a language, or -1. */
  const bestIn = (i: number, language: string) => {
    let best = -1;
    let bestSimilarity = -1;
    ordered.forEach((_, j) => {
      if (j === i || languages[j] !== language) return;
      const value = similarity(i, j);
      if (value > bestSimilarity + 1e-12) {
        best = j;
        bestSimilarity = value;
      }
    });
    return best;
  };
  const suggestions: CounterpartSuggestion[] = [];
  ordered.forEach((theme, i) => {
    if (languages[i] === 'unknown') return;
    for (const language of new Set(languages)) {
      if (language === 'unknown' || language === languages[i]) continue;
      const j = bestIn(i, language);
      if (j <= i || bestIn(j, languages[i]!) !== i) continue;
      const value = similarity(i, j);
      if (value >= minimum) suggestions.push({ themeId: theme.id, counterpartId: ordered[j]!.id, similarity: value });
    }
  });
  return suggestions.sort((a, b) => b.similarity - a.similarity || (a.themeId < b.themeId ? -1 : 1));
}
