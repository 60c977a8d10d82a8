/**
 * Labelled cases for the counterpart suggestions: SIB-200's parallel sentences made into themes
 * that do NOT share sentences across languages (Finnish takes one third of the sentence ids,
 * Swedish another, English the last), so a pair can only be found through what different texts
 * about one topic share; the true counterparts are the themes of the same category. The train
 * split was used to choose the weights and threshold; dev + test are held out. Also the hand-written
 * civic cases in fixtures/counterparts-held-out (never used for fitting).
 */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ThemeTexts } from '../suggest-counterparts.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

const SIB_LANGUAGES = [
  ['fin_Latn', 'fi'],
  ['swe_Latn', 'sv'],
  ['eng_Latn', 'en'],
] as const;

/** Themes with their true category. */
export interface CounterpartCase {
  themes: ThemeTexts[];
  category: Map<string, string>;
}

function readSplit(folder: string, split: string) {
  return fs
    .readFileSync(path.join(fixtures, 'sib200', folder, `${split}.tsv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [id, category, text] = line.split('\t');
      return { id: Number(id), category: category ?? '', text: text ?? '' };
    });
}

/** SIB-200 as themes: one per category and language, each language from its own third of the sentences. */
export function sibCounterpartCase(splits: readonly string[], parts = 1): CounterpartCase {
  const themes: ThemeTexts[] = [];
  const category = new Map<string, string>();
  SIB_LANGUAGES.forEach(([folder, language], third) => {
    const rows = splits.flatMap((split) => readSplit(folder, split)).filter((row) => row.id % 3 === third);
    const groups = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = `${language}-${row.category}-${row.id % (3 * parts) >= 3 * Math.floor(parts / 2) && parts > 1 ? 1 : 0}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const [key, group] of [...groups].sort()) {
      themes.push({ id: key, sentences: group.map((row) => ({ text: row.text, language })) });
      category.set(key, group[0]!.category);
    }
  });
  return { themes, category };
}

/** The hand-written civic held-out cases: `theme<TAB>language<TAB>sentence`, theme keys shared across languages. */
export function civicCounterpartCase(): CounterpartCase {
  const lines = fs
    .readFileSync(path.join(fixtures, 'counterparts-held-out', 'civic-themes.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  const groups = new Map<string, ThemeTexts & { sentences: Array<{ text: string; language: string }> }>();
  const category = new Map<string, string>();
  for (const line of lines) {
    const [theme, language, text] = line.split('\t');
    const id = `${language}-${theme}`;
    if (!groups.has(id)) groups.set(id, { id, sentences: [] });
    groups.get(id)!.sentences.push({ text: text ?? '', language: language ?? '' });
    category.set(id, theme ?? '');
  }
  return { themes: [...groups.values()], category };
}

/** Precision (right among suggested) and recall (right suggested among the true pairs) of suggestions. */
export function scoreSuggestions(
  suggestions: ReadonlyArray<{ themeId: string; counterpartId: string }>,
  truth: CounterpartCase,
): { suggested: number; right: number; truePairs: number; precision: number; recall: number } {
  const language = (id: string) => id.slice(0, 2);
  const right = suggestions.filter((pair) => truth.category.get(pair.themeId) === truth.category.get(pair.counterpartId)).length;
  const ids = [...truth.category.keys()];
  let truePairs = 0;
  for (const a of ids)
    for (const b of ids) if (a < b && language(a) !== language(b) && truth.category.get(a) === truth.category.get(b)) truePairs += 1;
  return {
    suggested: suggestions.length,
    right,
    truePairs,
    precision: suggestions.length ? right / suggestions.length : 0,
    recall: truePairs ? right / truePairs : 0,
  };
}
