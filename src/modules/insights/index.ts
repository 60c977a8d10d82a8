// What other modules may import from insights: the text analysis of contributions (see CONTEXT.md).

export type { PublishedThemes } from './presenters.ts';
export { findPublishedThemes } from './queries/find-published-themes.ts';
export { type AnalysedSentence, type AnalyseOptions, analyseText, createTextAnalyser, type TextAnalysis } from './text/analyse.ts';
export { detectLanguage, type LanguageGuess } from './text/language.ts';
export { type MaskedText, maskPersonalData } from './text/masking.ts';
