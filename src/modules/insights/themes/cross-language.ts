/**
 * What texts in Finnish, Swedish and English can share although their words differ (issue 15,
 * item 1): the concepts of a small hand-made civic lexicon (`lexicon/civic-lexicon.tsv`), numbers,
 * proper names (by their first four letters: Rauma, Rauman, Raumo), and the character 4-grams of a
 * long word's beginning, which catch loanwords and shared stems (politiikka, politik, politics).
 * Offline and deterministic; no model. Read by the counterpart suggestions and by the codebook's
 * classification of sentences in a language the codebook's theme lacks.
 */

import fs from 'node:fs';
import type { DetectedLanguage } from '../text/language.ts';
import { stopwordsOf } from '../text/stopwords.ts';

/** A text and its language ('fi', 'sv', 'en'; anything else matches the lexicon in every language). */
export interface LanguageText {
  text: string;
  language: string;
}

const LANGUAGES: readonly DetectedLanguage[] = ['fi', 'sv', 'en'];

/** Feature kinds and their weights in a profile (measured on SIB-200's train split only). */
export const FEATURE_WEIGHTS = { c: 2, n: 1, p: 1.5, g: 0.5 } as const;

interface Lexicon {
  /** language → [beginning, concept] pairs; `exact` for whole words. */
  prefixes: Map<string, Array<[string, string]>>;
  exact: Map<string, Map<string, string>>;
}

let lexicon: Lexicon | undefined;

function readLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const prefixes = new Map<string, Array<[string, string]>>(LANGUAGES.map((language) => [language, []]));
  const exact = new Map<string, Map<string, string>>(LANGUAGES.map((language) => [language, new Map()]));
  const lines = fs.readFileSync(new URL('./lexicon/civic-lexicon.tsv', import.meta.url), 'utf8').split('\n');
  for (const line of lines) {
    if (line.startsWith('#') || !line.trim()) continue;
    const [concept, ...columns] = line.split('\t');
    LANGUAGES.forEach((language, column) => {
      for (const entry of (columns[column] ?? '').split('|')) {
        const word = entry.trim().toLowerCase();
        if (!word || word.includes(' ')) continue;
        if (word.startsWith('=')) exact.get(language)!.set(word.slice(1), concept!);
        else prefixes.get(language)!.push([word, concept!]);
      }
    });
  }
  for (const list of prefixes.values()) list.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  lexicon = { prefixes, exact };
  return lexicon;
}

/** The lexicon's concept a lower-case word stands for in a language, if any (the longest beginning wins). */
export function conceptOf(word: string, language: string): string | undefined {
  const { prefixes, exact } = readLexicon();
  const languages = LANGUAGES.includes(language as DetectedLanguage) ? [language] : LANGUAGES;
  for (const each of languages) {
    const whole = exact.get(each)!.get(word);
    if (whole) return whole;
    for (const [prefix, concept] of prefixes.get(each)!) if (word.startsWith(prefix)) return concept;
  }
  return undefined;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The cross-language features of a sentence, each once: `c:` concept, `n:` number, `p:` name, `g:` 4-gram. */
export function crossLanguageFeatures(sentence: LanguageText): string[] {
  const features = new Set<string>();
  const stopwords = LANGUAGES.includes(sentence.language as DetectedLanguage)
    ? stopwordsOf(sentence.language as DetectedLanguage)
    : new Set<string>();
  let first = true;
  for (const match of sentence.text.matchAll(TOKEN)) {
    const surface = match[0];
    const atStart = first || /[.!?:]\s*$/.test(sentence.text.slice(Math.max(0, match.index - 3), match.index));
    first = false;
    if (/^\p{N}+$/u.test(surface)) {
      if (surface.length >= 2) features.add(`n:${surface}`);
      continue;
    }
    const word = surface.toLowerCase();
    if (stopwords.has(word) || word.length < 3) continue;
    const concept = conceptOf(word, sentence.language);
    if (concept) features.add(`c:${concept}`);
    if (!atStart && /^\p{Lu}/u.test(surface) && word.length >= 4) features.add(`p:${word.slice(0, 4)}`);
    if (word.length >= 6) {
      const stem = word.slice(0, 7);
      for (let at = 0; at + 4 <= stem.length; at++) features.add(`g:${stem.slice(at, at + 4)}`);
    }
  }
  return [...features];
}

/** A theme's profile: feature → weight (share of its sentences with the feature × idf × kind's weight), unit length. */
export type Profile = Map<string, number>;

/** Share of each feature among the sentences (each sentence's features given once). */
export function featureShares(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const features of sentences) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const shares = new Map<string, number>();
  for (const [feature, count] of counts) shares.set(feature, count / Math.max(1, sentences.length));
  return shares;
}

/** Unit-length profiles of groups of texts, weighed by how few groups share a feature (idf over the groups). */
export function profilesOf(groups: readonly (readonly LanguageText[])[]): Profile[] {
  const shares = groups.map((group) => featureShares(group.map(crossLanguageFeatures)));
  return weighProfiles(shares);
}

/** Shares → unit-length profiles with idf over the groups and the kinds' weights. */
export function weighProfiles(shares: readonly Map<string, number>[]): Profile[] {
  const groupsWith = new Map<string, number>();
  for (const group of shares) for (const feature of group.keys()) groupsWith.set(feature, (groupsWith.get(feature) ?? 0) + 1);
  return shares.map((group) => {
    const profile: Profile = new Map();
    let norm = 0;
    for (const [feature, share] of group) {
      const idf = Math.log((1 + shares.length) / (1 + groupsWith.get(feature)!)) + 1;
      const weight = share * idf * FEATURE_WEIGHTS[feature[0] as keyof typeof FEATURE_WEIGHTS];
      profile.set(feature, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [feature, weight] of profile) profile.set(feature, weight / norm);
    return profile;
  });
}

/** Cosine of two unit-length profiles. */
export function profileSimilarity(a: Profile, b: Profile): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [feature, weight] of small) dot += weight * (large.get(feature) ?? 0);
  return dot;
}

/** The language most of the texts are in ('unknown' when none of fi, sv, en leads). */
export function mainLanguage(texts: readonly LanguageText[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text.language, (counts.get(text.language) ?? 0) + 1);
  let best = 'unknown';
  let bestCount = 0;
  for (const language of LANGUAGES) {
    const count = counts.get(language) ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/** Groups of texts (e.g. a codebook's themes) against which single texts in any language are compared. */
export class CrossLanguageIndex {
  private readonly idf = new Map<string, number>();
  readonly profiles: Profile[];

  constructor(groups: readonly (readonly LanguageText[])[]) {
    const shares = groups.map((group) => featureShares(group.map(crossLanguageFeatures)));
    const groupsWith = new Map<string, number>();
    for (const group of shares) for (const feature of group.keys()) groupsWith.set(feature, (groupsWith.get(feature) ?? 0) + 1);
    for (const [feature, count] of groupsWith) this.idf.set(feature, Math.log((1 + shares.length) / (1 + count)) + 1);
    this.profiles = weighProfiles(shares);
  }

  /** The text's cosine to each group's profile (0 where it shares no feature). */
  similarities(text: LanguageText): number[] {
    const vector: Profile = new Map();
    let norm = 0;
    for (const feature of crossLanguageFeatures(text)) {
      const idf = this.idf.get(feature);
      if (idf === undefined) continue;
      const weight = idf * FEATURE_WEIGHTS[feature[0] as keyof typeof FEATURE_WEIGHTS];
      vector.set(feature, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) return this.profiles.map(() => 0);
    for (const [feature, weight] of vector) vector.set(feature, weight / norm);
    return this.profiles.map((profile) => profileSimilarity(vector, profile));
  }
}
