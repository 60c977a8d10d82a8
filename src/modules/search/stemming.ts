import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import type { Locale } from '../../platform/i18n/locales.ts';

const STEMMERS: Record<Locale, (word: string) => string> = { fi: finnish, sv: swedish, en: english };

/** The most words of a query that are searched for; the rest are left out. */
export const MAX_QUERY_WORDS = 12;

/**
 * Words as the search sees them: runs of letters and digits of any script, lower-cased (plain
 * `toLowerCase`: Finnish, Swedish and English have no casing rules of their own, and the locale-aware
 * one costs ten times as much, a snippet's worth of words at a time).
 */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The most stems kept per language: a city's vocabulary fits; the cache starts over when full. */
const STEM_CACHE_SIZE = 50_000;
const STEM_CACHES: Record<Locale, Map<string, string>> = { fi: new Map(), sv: new Map(), en: new Map() };

/**
 * A word's Snowball stem in a language (the same algorithm as PostgreSQL's configuration of it).
 * Stems are kept: the stemmer costs tens of microseconds a word, and a page of snippets, a query
 * and a re-index stem the same words again and again.
 */
export function stem(word: string, language: Locale): string {
  const cache = STEM_CACHES[language];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = STEMMERS[language](word);
    if (cache.size >= STEM_CACHE_SIZE) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

/** A text as its stems, space-separated: what the SQLite FTS5 table holds. */
export function stemText(text: string, language: Locale): string {
  return words(text)
    .map((word) => stem(word, language))
    .join(' ');
}

/**
 * The FTS5 MATCH expression of a visitor's query on SQLite: every word must match, as any of its
 * stems in Finnish, Swedish or English (a document's language is not known before it matches), and a
 * stem of three letters or more also as a prefix, so "kirjasto" finds "kirjastossa" and
 * "satamaan" finds "satama". Only letters and digits reach the expression, each quoted: no FTS5
 * syntax from the visitor. Null when the query has no words.
 */
export function ftsMatchExpression(query: string): string | null {
  const parts = words(query)
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => {
      const stems = new Set([word, stem(word, 'fi'), stem(word, 'sv'), stem(word, 'en')]);
      const terms = [...stems].filter((s) => s.length > 0).map((s) => (s.length >= 3 ? `"${s}"*` : `"${s}"`));
      return `(${terms.join(' OR ')})`;
    });
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/** The stems a highlighter marks in a document of a language: each query word's stem in it. */
export function queryStems(query: string, language: Locale): string[] {
  return words(query)
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => stem(word, language));
}
