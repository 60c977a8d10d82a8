import fs from 'node:fs';

/** The languages the detector knows: the platform's three. */
export const DETECTED_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type DetectedLanguage = (typeof DETECTED_LANGUAGES)[number];
/** A text's language, or 'unknown' when it is too short or written in another language. */
export type LanguageGuess = DetectedLanguage | 'unknown';

/** Fewer letters than this say too little about their language ("ok", "kyllä!"). */
export const MIN_LETTERS = 10;
const ORDERS = [1, 2, 3] as const;
/** Additive smoothing of the n-gram probabilities (an unseen n-gram costs a little, not everything). */
const SMOOTHING = 0.5;
/**
 * The lowest mean log-probability per n-gram the best language may give a text for the guess to
 * stand. Measured on the held-out sentences (language.test.ts): the three languages' own
 * sentences score −5.7 or more (median −5.2), German, Spanish and Italian below −5.8.
 */
export const MIN_SCORE = -5.8;
/**
 * …unless it stands this far above the second language: a short Swedish answer full of rare
 * n-grams ("Cykelvägen är dålig", −6.0) is still far likelier Swedish than anything else (+1.2),
 * while German, Spanish, Italian and Danish sit between two profiles (+0.04 to +0.43).
 */
export const MIN_MARGIN = 0.6;
/**
 * From this many words on, the share of them the best language's training text and stopword
 * list know must reach its floor: French reads like English letter by letter, but few of its
 * words are English. Finnish inflects every word, so its floor is low (its held-out sentences:
 * 5th percentile 0.29; Estonian 0.13–0.20, which this therefore misses now and then).
 */
export const WORD_CHECK_FROM = 5;
const MIN_KNOWN_WORDS: Record<DetectedLanguage, number> = { fi: 0.15, sv: 0.3, en: 0.4 };

interface Profile {
  /** log P(n-gram | language), by n-gram, for orders 1–3. */
  logProbability: Map<string, number>;
  /** The words of the training text and of the language's stopword list. */
  words: Set<string>;
  /** The cost of an n-gram the training text never had, by order. */
  unseen: number[];
}

let profiles: Map<DetectedLanguage, Profile> | undefined;

/** The text as the detector reads it: lower case, letters only, each word padded with a space. */
function letters(text: string): string {
  return ` ${text
    .toLocaleLowerCase('fi')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()} `;
}

function ngrams(text: string, order: number): string[] {
  const result: string[] = [];
  for (let start = 0; start + order <= text.length; start++) {
    const gram = text.slice(start, start + order);
    if (gram !== ' ' && !gram.includes('  ')) result.push(gram);
  }
  return result;
}

function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('fi').match(/\p{L}+/gu) ?? [];
}

function buildProfile(training: string, stopwords: string): Profile {
  const logProbability = new Map<string, number>();
  const words = new Set([...wordsOf(training), ...wordsOf(stopwords)]);
  const unseen: number[] = [];
  const text = letters(training);
  for (const order of ORDERS) {
    const counts = new Map<string, number>();
    for (const gram of ngrams(text, order)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    let total = 0;
    for (const count of counts.values()) total += count;
    const denominator = total + SMOOTHING * (counts.size + 1);
    for (const [gram, count] of counts) logProbability.set(gram, Math.log((count + SMOOTHING) / denominator));
    unseen[order] = Math.log(SMOOTHING / denominator);
  }
  return { logProbability, words, unseen };
}

/**
 * The profiles, built once per process from the training sentences in `language-profiles/`
 * (SIB-200's train split, CC BY-SA 4.0; see its README.md): about 700 sentences a language,
 * read in a few milliseconds.
 */
function loadProfiles(): Map<DetectedLanguage, Profile> {
  if (!profiles) {
    profiles = new Map(
      DETECTED_LANGUAGES.map((language) => {
        const read = (file: string) => fs.readFileSync(new URL(file, import.meta.url), 'utf8');
        return [language, buildProfile(read(`./language-profiles/${language}.txt`), read(`./stopwords/${language}.txt`))];
      }),
    );
  }
  return profiles;
}

/** The detector's reading of a text: each language's score and how much of the text the best one knows. */
export interface LanguageScores {
  guess: LanguageGuess;
  /** Mean log-probability per n-gram, by language (higher is likelier). */
  scores: Record<DetectedLanguage, number>;
  /** The share of the text's words the best language's training text or stopwords know. */
  knownWords: number;
  letters: number;
}

/** Scores a text against the three profiles (character 1–3-grams, naive Bayes). */
export function scoreLanguages(text: string): LanguageScores {
  const padded = letters(text.slice(0, 5000));
  const letterCount = padded.replace(/ /g, '').length;
  const grams = ORDERS.map((order) => ngrams(padded, order));
  const scores = { fi: 0, sv: 0, en: 0 };
  const count = grams.reduce((sum, list) => sum + list.length, 0) || 1;
  for (const [language, profile] of loadProfiles()) {
    let total = 0;
    for (const [index, order] of ORDERS.entries()) {
      for (const gram of grams[index] ?? []) total += profile.logProbability.get(gram) ?? profile.unseen[order] ?? 0;
    }
    scores[language] = total / count;
  }
  const best = DETECTED_LANGUAGES.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  const words = wordsOf(padded);
  const vocabulary = loadProfiles().get(best)?.words;
  const knownWords = words.length === 0 ? 0 : words.filter((word) => vocabulary?.has(word)).length / words.length;
  const margin = Math.min(...DETECTED_LANGUAGES.filter((language) => language !== best).map((language) => scores[best] - scores[language]));
  const foreign =
    (scores[best] < MIN_SCORE && margin < MIN_MARGIN) || (words.length >= WORD_CHECK_FROM && knownWords < MIN_KNOWN_WORDS[best]);
  const guess = letterCount < MIN_LETTERS || foreign ? 'unknown' : best;
  return { guess, scores, knownWords, letters: letterCount };
}

/** A text's language: 'fi', 'sv' or 'en', or 'unknown' when too short or in another language. */
export function detectLanguage(text: string): LanguageGuess {
  return scoreLanguages(text).guess;
}
