import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as finnishStemmer } from '@orama/stemmers/finnish';
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish';
import type { LanguageGuess } from './language.ts';
import { stopwordsOf } from './stopwords.ts';
import { lowerCase } from './tokens.ts';
import { loadVoikko, type Voikko, type VoikkoAnalysis } from './voikko.ts';

/**
 * How words became terms: Voikko's base forms and compound parts (Finnish), Snowball stems
 * (Swedish and English, and Finnish without Voikko, with character n-grams beside them), or the
 * lower-case words themselves (a text in an unknown language).
 */
export type Normaliser = 'voikko' | 'snowball' | 'words';

const STEMMERS = { fi: finnishStemmer, sv: swedishStemmer, en: englishStemmer };

/** A word's terms: the first is its base form or stem (what key terms count), then a compound's parts. */
export interface WordTerms {
  terms: string[];
}

/** Words the cache holds before it starts over: a corpus repeats its words, Voikko takes ~0.1 ms a word. */
const CACHE_LIMIT = 200_000;

/** Turns the words of one language into terms, leaving stopwords out (undefined). */
export interface WordNormaliser {
  language: LanguageGuess;
  normaliser: Normaliser;
  /** The word's terms, or undefined for a stopword or a word too short to say anything. */
  termsOf(word: string): string[] | undefined;
}

export interface NormaliserOptions {
  /** Use Voikko for Finnish when the system has it (the default); false forces the fallback; a Voikko of one's own (tests). */
  voikko?: boolean | Voikko;
  /** More stopwords (the process's own list): as words, and as their base forms or stems. */
  extraStopwords?: Iterable<string>;
}

/** The common beginning of two words, in characters. */
function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Of Voikko's readings of a word, the one whose base form shares the longest beginning with the
 * word ("soita": soittaa rather than suo), then the one with fewer parts, then Voikko's order.
 */
export function likeliestReading(word: string, readings: VoikkoAnalysis[]): VoikkoAnalysis | undefined {
  let best: VoikkoAnalysis | undefined;
  let bestShared = -1;
  for (const reading of readings) {
    const shared = sharedPrefix(word, reading.baseForm);
    if (shared > bestShared || (shared === bestShared && best && reading.parts.length < best.parts.length)) {
      best = reading;
      bestShared = shared;
    }
  }
  return best;
}

/** Whether two stems of five letters or more differ only in their last letter (kaupunk, kaupung). */
function sameButLastLetter(a: string, b: string): boolean {
  return a.length === b.length && a.length >= 5 && sharedPrefix(a, b) >= a.length - 1;
}

function chooseVoikko(language: LanguageGuess, options: NormaliserOptions): Voikko | undefined {
  if (language !== 'fi' || options.voikko === false) return undefined;
  return typeof options.voikko === 'object' ? options.voikko : loadVoikko();
}

/** The normaliser of a language: Voikko for Finnish when available, Snowball otherwise. */
export function createNormaliser(language: LanguageGuess, options: NormaliserOptions = {}): WordNormaliser {
  const voikko = chooseVoikko(language, options);
  const normaliser: Normaliser = voikko ? 'voikko' : language === 'unknown' ? 'words' : 'snowball';
  const stopwords = new Set(
    language === 'unknown' ? [...stopwordsOf('fi'), ...stopwordsOf('sv'), ...stopwordsOf('en')] : stopwordsOf(language),
  );
  const cache = new Map<string, string[] | undefined>();

  const rawTerms = (lower: string): string[] => {
    if (language === 'unknown') return [lower];
    if (voikko) {
      let readings: VoikkoAnalysis[] = [];
      try {
        readings = voikko.analyse(lower);
      } catch {
        // Voikko failing on one word should not stop the analysis: the word gets its Snowball stem.
      }
      const reading = likeliestReading(lower, readings);
      if (reading) return [reading.baseForm, ...reading.parts.filter((part) => part !== reading.baseForm && part.length > 1)];
    }
    return [STEMMERS[language](lower)];
  };

  const extra = [...(options.extraStopwords ?? [])].map((word) => lowerCase(word.trim())).filter((word) => word.length > 0);
  for (const word of extra) stopwords.add(word);
  const extraTerms = extra.map((word) => rawTerms(word)[0] ?? '').filter((term) => term.length > 0);
  for (const term of extraTerms) stopwords.add(term);
  // Snowball splits Finnish consonant gradation (kaupunk / kaupung): without Voikko, a process's own
  // stopword also takes stems that differ from its stem only in the last letter.
  const gradationTolerant = language === 'fi' && !voikko;
  const isExtraStopword = (term: string) => gradationTolerant && extraTerms.some((stopword) => sameButLastLetter(stopword, term));

  const termsOf = (word: string): string[] | undefined => {
    const lower = lowerCase(word);
    if (cache.has(lower)) return cache.get(lower);
    let terms: string[] | undefined;
    if (lower.length >= 2 && !stopwords.has(lower)) {
      const raw = rawTerms(lower);
      // A base form that is a stopword ("ovat" → "olla") leaves the word out, not just its first term.
      if (raw[0] && !stopwords.has(raw[0]) && !isExtraStopword(raw[0]))
        terms = raw.filter((term) => term.length > 0 && !stopwords.has(term));
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(lower, terms);
    return terms;
  };

  return { language, normaliser, termsOf };
}
