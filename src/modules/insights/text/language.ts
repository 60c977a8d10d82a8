import fs from 'node:fs';

/** The languages the detector knows: the platform's three. */
export const DETECTED_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type DetectedLanguage = (typeof DETECTED_LANGUAGES)[number];
/** A text's language, or 'unknown' when it is too short or written in another language. */
export type LanguageGuess = DetectedLanguage | 'unknown';

/** Fewer letters than this say too little about their language ("ok", "kyllä!")… */
export const MIN_LETTERS = 10;
/** …unless there are at least this many and one language stands far above the others ("Hyvä näin": +1.9). */
export const MIN_LETTERS_CLEAR = 6;
export const CLEAR_MARGIN = 1.5;
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

/** The characters of a text the detector reads: a long text's beginning tells its language. */
export const DETECTION_CHARS = 1000;

/**
 * The three profiles in one table, so that an n-gram is looked up once: log P(n-gram | language)
 * for fi, sv and en (an unseen n-gram's cost where a language never had it), and each language's
 * words (its training text and stopword list).
 */
interface Profiles {
  logProbability: Map<number, Float64Array>;
  /** The costs of an n-gram no language had, by order. */
  unseen: Float64Array[];
  words: Map<DetectedLanguage, Set<string>>;
}

let profiles: Profiles | undefined;

/** The text as the detector reads it: lower case, letters only, each word padded with a space. */
function letters(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()} `;
}

const SPACE = 32;
const UNIT = 65_536;

/**
 * Calls `visit` with each n-gram of the padded text of orders 1–3 (single spaces left out), as a
 * number: its UTF-16 code units in base 65,536, which keeps the orders apart (a bigram starts with
 * at least a space, 32 × 65,536) and spares the slicing of millions of little strings.
 */
function forEachNgram(text: string, visit: (gram: number, order: number) => void): void {
  for (let start = 0; start < text.length; start++) {
    const first = text.charCodeAt(start);
    if (first !== SPACE) visit(first, 1);
    if (start + 1 >= text.length) break;
    const bigram = first * UNIT + text.charCodeAt(start + 1);
    visit(bigram, 2);
    if (start + 2 < text.length) visit(bigram * UNIT + text.charCodeAt(start + 2), 3);
  }
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * The profiles, built once per process from the training sentences in `language-profiles/`
 * (SIB-200's train split, CC BY-SA 4.0; see its README.md): about 700 sentences a language.
 */
function loadProfiles(): Profiles {
  if (profiles) return profiles;
  const read = (file: string) => fs.readFileSync(new URL(file, import.meta.url), 'utf8');
  const counts = DETECTED_LANGUAGES.map(() => new Map<number, number>());
  const orders = new Map<number, number>();
  const totals = DETECTED_LANGUAGES.map(() => [0, 0, 0, 0]);
  const words = new Map<DetectedLanguage, Set<string>>();
  for (const [index, language] of DETECTED_LANGUAGES.entries()) {
    const training = read(`./language-profiles/${language}.txt`);
    words.set(language, new Set([...wordsOf(training), ...wordsOf(read(`./stopwords/${language}.txt`))]));
    const own = counts[index] as Map<number, number>;
    const total = totals[index] as number[];
    forEachNgram(letters(training), (gram, order) => {
      own.set(gram, (own.get(gram) ?? 0) + 1);
      orders.set(gram, order);
      total[order] = (total[order] ?? 0) + 1;
    });
  }
  // Additive smoothing per language and order: the denominators, and the cost of an unseen n-gram.
  const denominators = DETECTED_LANGUAGES.map((_, index) =>
    ORDERS.map((order) => {
      let types = 0;
      for (const gram of (counts[index] as Map<number, number>).keys()) if (orders.get(gram) === order) types++;
      return ((totals[index] as number[])[order] ?? 0) + SMOOTHING * (types + 1);
    }),
  );
  const unseen = [0, ...ORDERS].map((order) =>
    Float64Array.from(
      DETECTED_LANGUAGES.map((_, index) => (order === 0 ? 0 : Math.log(SMOOTHING / (denominators[index]?.[order - 1] ?? 1)))),
    ),
  );
  const logProbability = new Map<number, Float64Array>();
  for (const own of counts) {
    for (const gram of own.keys()) {
      if (logProbability.has(gram)) continue;
      logProbability.set(
        gram,
        Float64Array.from(
          DETECTED_LANGUAGES.map((_, index) =>
            Math.log(((counts[index]?.get(gram) ?? 0) + SMOOTHING) / (denominators[index]?.[(orders.get(gram) ?? 1) - 1] ?? 1)),
          ),
        ),
      );
    }
  }
  profiles = { logProbability, unseen, words };
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
  const { logProbability, unseen, words: vocabularies } = loadProfiles();
  const padded = letters(text.slice(0, DETECTION_CHARS));
  const totals = new Float64Array(DETECTED_LANGUAGES.length);
  let count = 0;
  forEachNgram(padded, (gram, order) => {
    const row = logProbability.get(gram) ?? (unseen[order] as Float64Array);
    for (let index = 0; index < totals.length; index++) totals[index] = (totals[index] ?? 0) + (row[index] ?? 0);
    count++;
  });
  const divisor = count || 1;
  const scores = { fi: (totals[0] ?? 0) / divisor, sv: (totals[1] ?? 0) / divisor, en: (totals[2] ?? 0) / divisor };
  const best = DETECTED_LANGUAGES.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  const words = wordsOf(padded);
  const letterCount = words.reduce((sum, word) => sum + word.length, 0);
  const vocabulary = vocabularies.get(best);
  const knownWords = words.length === 0 ? 0 : words.filter((word) => vocabulary?.has(word)).length / words.length;
  const margin = Math.min(...DETECTED_LANGUAGES.filter((language) => language !== best).map((language) => scores[best] - scores[language]));
  const foreign =
    (scores[best] < MIN_SCORE && margin < MIN_MARGIN) || (words.length >= WORD_CHECK_FROM && knownWords < MIN_KNOWN_WORDS[best]);
  const tooShort = letterCount < MIN_LETTERS && (letterCount < MIN_LETTERS_CLEAR || margin < CLEAR_MARGIN);
  const guess = tooShort || foreign ? 'unknown' : best;
  return { guess, scores, knownWords, letters: letterCount };
}

/** A text's language: 'fi', 'sv' or 'en', or 'unknown' when too short or in another language. */
export function detectLanguage(text: string): LanguageGuess {
  return scoreLanguages(text).guess;
}
