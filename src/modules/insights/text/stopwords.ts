import fs from 'node:fs';
import type { DetectedLanguage } from './language.ts';

const lists = new Map<DetectedLanguage, ReadonlySet<string>>();

function readList(file: string): string[] {
  return fs
    .readFileSync(new URL(`./stopwords/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLocaleLowerCase('fi'))
    .filter((line) => line.length > 0);
}

/**
 * A language's stopwords: Snowball's list (`stopwords/<language>.txt`, BSD-3-Clause) and the
 * words Tarina adds (`stopwords/extra-<language>.txt`), lower case. Read once per process.
 */
export function stopwordsOf(language: DetectedLanguage): ReadonlySet<string> {
  let list = lists.get(language);
  if (!list) {
    list = new Set([...readList(`${language}.txt`), ...readList(`extra-${language}.txt`)]);
    lists.set(language, list);
  }
  return list;
}
