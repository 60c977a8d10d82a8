import { MASKS } from './masking.ts';

const MASK_WORDS = new Set(Object.values(MASKS).map((mask) => mask.slice(1, -1)));

/** A word as it stood in the text, and where. */
export interface Word {
  surface: string;
  index: number;
}

// Letters and digits of any script, joined by an inner hyphen, apostrophe or colon
// ("Itä-Suomi", "don't", "EU:n"); the marks of masked personal data are left out.
const WORD = /[\p{L}\p{N}]+(?:[-'’:][\p{L}\p{N}]+)*/gu;

/** The words of a text, in order, masks ("[email]") and numbers without letters left out. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    if (!/\p{L}/u.test(surface)) continue;
    if (MASK_WORDS.has(surface) && text[match.index - 1] === '[' && text[match.index + surface.length] === ']') continue;
    words.push({ surface, index: match.index });
  }
  return words;
}

/** A word in lower case, as the stopword lists and the terms are: "EU:n" → "eu:n", "Itä-Suomi" → "itä-suomi". */
export function lowerCase(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** The character n-grams the Finnish fallback adds, from the word's start ("<kaup", "kaup", "aupu"…): shared by kaupunki and kaupungin. */
export function characterNgrams(word: string, size = 4): string[] {
  const marked = `<${word}`;
  if (marked.length <= size) return [marked];
  const grams: string[] = [];
  for (let start = 0; start + size <= marked.length; start++) grams.push(marked.slice(start, start + size));
  return grams;
}
