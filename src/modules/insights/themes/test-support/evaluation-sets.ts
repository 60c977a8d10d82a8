/**
 * The labelled evaluation sets kept in ../fixtures (SIB-200 in Finnish,
 * Swedish and English; eduskunta-vkk dev), read as sentences with their
 * human category, and a small interim tokenizer (letters only, Snowball
 * stems) for the theme tests until the module's text processing is wired in.
 */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import type { ThemeSentence } from '../discover-themes.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

/** A sentence and its human category. */
export interface LabelledSentence {
  text: string;
  category: string;
}

/** Every SIB-200 sentence of one language (train, dev and test: 1,004). */
export function readSib200(language: 'fin_Latn' | 'swe_Latn' | 'eng_Latn'): LabelledSentence[] {
  return ['train', 'dev', 'test'].flatMap((split) =>
    fs
      .readFileSync(path.join(fixtures, 'sib200', language, `${split}.tsv`), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [, category, text] = line.split('\t');
        return { text: text ?? '', category: category ?? '' };
      }),
  );
}

/** The 3,000 eduskunta-vkk dev sentences (the ministry that answered is the category). */
export function readEduskunta(): LabelledSentence[] {
  return fs
    .readFileSync(path.join(fixtures, 'eduskunta-vkk', 'dev.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const comma = line.lastIndexOf(',');
      const quoted = line.slice(0, comma);
      const text = quoted.startsWith('"') ? quoted.slice(1, -1).replaceAll('""', '"') : quoted;
      return { text, category: line.slice(comma + 1) };
    });
}

const stemmers = { fi: finnish, sv: swedish, en: english };

/** Sentences for discoverThemes through the interim tokenizer: lower-cased letter runs of two or more, Snowball-stemmed. */
export function interimSentences(sentences: readonly LabelledSentence[], language: 'fi' | 'sv' | 'en'): ThemeSentence[] {
  const stem = stemmers[language];
  return sentences.map((sentence, i) => ({
    id: String(i).padStart(6, '0'),
    sourceId: String(i),
    text: sentence.text,
    words: (sentence.text.match(/\p{L}{2,}/gu) ?? []).map((surface) => ({ base: stem(surface.toLowerCase()), surface })),
  }));
}
