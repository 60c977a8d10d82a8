import { type DetectedLanguage, detectLanguage, type LanguageGuess } from './language.ts';
import { maskPersonalData, type PersonalDataKind } from './masking.ts';
import { createNormaliser, type Normaliser, type NormaliserOptions, type WordNormaliser } from './normalise.ts';
import { splitSentences } from './sentences.ts';
import { characterNgrams, wordsOf } from './tokens.ts';

/** The most characters of one text that are analysed; the rest is left out (a 1 MB paste). */
export const MAX_TEXT_CHARS = 100_000;

/** A word that carries meaning, as it stood in the sentence and as its terms. */
export interface AnalysedWord {
  surface: string;
  /** The base form or stem first (what key terms count), then a compound's parts (Voikko only). */
  terms: string[];
}

/** One sentence of a text: masked, its words' terms, and (Finnish without Voikko) character n-grams. */
export interface AnalysedSentence {
  text: string;
  words: AnalysedWord[];
  /** Every word's terms in order, flattened: the sentence's features for TF-IDF. */
  tokens: string[];
  /** Character 4-grams of the sentence's words, only in the Finnish fallback (`normaliser: 'snowball'`), else empty. */
  ngrams: string[];
}

/** What `analyseText` made of a text. */
export interface TextAnalysis {
  /** The language given or detected ('unknown': too short, or another language). */
  language: LanguageGuess;
  normaliser: Normaliser;
  /** How many pieces of personal data were masked, by kind. */
  masked: Record<PersonalDataKind, number>;
  sentences: AnalysedSentence[];
}

export interface AnalyseOptions extends NormaliserOptions {
  /** The language when the channel knew it; detected from the text when left out. */
  language?: LanguageGuess;
}

/**
 * Analyses one text for the insights: personal data masked, the language given or detected,
 * sentences split, each word brought to its terms (stopwords and the process's `extraStopwords`
 * left out). Keep one `TextAnalyser` for many texts: it keeps a normaliser per language.
 */
export function analyseText(text: string, options: AnalyseOptions = {}): TextAnalysis {
  return createTextAnalyser(options).analyse(text, options.language);
}

/** Analyses many texts with the same options, reusing each language's normaliser and its cache of words. */
export interface TextAnalyser {
  analyse(text: string, language?: LanguageGuess): TextAnalysis;
  /** How a language's words become terms here (e.g. 'snowball' for Finnish when Voikko is missing). */
  normaliserOf(language: LanguageGuess): Normaliser;
}

export function createTextAnalyser(options: NormaliserOptions = {}): TextAnalyser {
  const normalisers = new Map<LanguageGuess, WordNormaliser>();
  const normaliserFor = (language: LanguageGuess): WordNormaliser => {
    let normaliser = normalisers.get(language);
    if (!normaliser) {
      normaliser = createNormaliser(language, options);
      normalisers.set(language, normaliser);
    }
    return normaliser;
  };

  const analyseSentence = (sentence: string, normaliser: WordNormaliser): AnalysedSentence => {
    const words: AnalysedWord[] = [];
    for (const { surface } of wordsOf(sentence)) {
      const terms = normaliser.termsOf(surface);
      if (terms) words.push({ surface, terms });
    }
    const fallback = normaliser.language === 'fi' && normaliser.normaliser === 'snowball';
    return {
      text: sentence,
      words,
      tokens: words.flatMap((word) => word.terms),
      ngrams: fallback ? words.flatMap((word) => characterNgrams(word.surface.toLowerCase())) : [],
    };
  };

  return {
    analyse(text, language) {
      const { text: masked, found } = maskPersonalData(text.slice(0, MAX_TEXT_CHARS));
      const detected = language ?? detectLanguage(masked);
      const normaliser = normaliserFor(detected);
      return {
        language: detected,
        normaliser: normaliser.normaliser,
        masked: found,
        sentences: splitSentences(masked).map((sentence) => analyseSentence(sentence, normaliser)),
      };
    },
    normaliserOf: (language) => normaliserFor(language).normaliser,
  };
}

export type { DetectedLanguage };
