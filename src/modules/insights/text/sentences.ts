/**
 * Abbreviations a full stop does not end a sentence after, lower case without their last full
 * stop, in Finnish, Swedish and English (one list: answers mix languages, and none of these is a
 * sentence's last word in another of them).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Finnish
  ...[
    'esim',
    'mm',
    'ns',
    'yms',
    'jne',
    'ym',
    'ks',
    'vrt',
    'tms',
    'ts',
    'n',
    'klo',
    'os',
    'ko',
    'kk',
    'vs',
    'prof',
    'toim',
    'huom',
    'puh',
    'nro',
    'lk',
    'ao',
    'em',
    'jälk',
    'eaa',
    'jaa',
    'kpl',
  ],
  // Swedish
  ...[
    't.ex',
    'bl.a',
    's.k',
    'm.m',
    'o.s.v',
    'osv',
    'dvs',
    'd.v.s',
    'ca',
    'jfr',
    'kl',
    'resp',
    'fr.o.m',
    't.o.m',
    'p.g.a',
    'pga',
    'm.fl',
    'ev',
    'tel',
    'nr',
    'st',
    'f.d',
    'o.d',
    'sk',
  ],
  // English
  ...['e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'approx', 'no', 'inc', 'ltd', 'cf', 'jr', 'sr', 'a.m', 'p.m'],
]);

/** A sentence longer than this (a text without full stops) is cut at a space into parts of at most this. */
export const MAX_SENTENCE_CHARS = 1000;

// A sentence's end: one or more of . ! ? … and any closing quotes or brackets, then white space.
const END = /([.!?…]+)["”’»)\]]*(?=\s+(\S))/gu;

/** The word just before position `end` (letters, digits and inner full stops: "t.ex"). */
function wordBefore(text: string, end: number): string {
  const match = /[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, end - 20), end));
  return (match?.[0] ?? '').replace(/^\.+/, '');
}

/** Whether the punctuation at `index` (followed by `next` after white space) ends a sentence. */
function endsSentence(line: string, index: number, mark: string, next: string): boolean {
  if (mark !== '.') return true;
  const word = wordBefore(line, index);
  const lower = word.toLocaleLowerCase('fi');
  if (ABBREVIATIONS.has(lower)) return false;
  // An initial ("J. K. Paasikivi").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/\p{Lu}|\p{N}|["“”'«(]/u.test(next)) return true;
  // Before a small letter: an ordinal ("3. kerros") or an unknown short abbreviation goes on; a
  // sentence typed without capitals ("hyvä idea. lisää puistoja") still ends after a longer word.
  return /^\p{L}{4,}$/u.test(word);
}

function cutLong(sentence: string): string[] {
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const space = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    const cut = space > MAX_SENTENCE_CHARS / 2 ? space : MAX_SENTENCE_CHARS;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

function splitLine(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(END)) {
    const mark = match[1] ?? '';
    const next = match[2] ?? '';
    if (!endsSentence(line, match.index, mark, next)) continue;
    const end = match.index + match[0].length;
    sentences.push(line.slice(start, end).trim());
    start = end;
  }
  sentences.push(line.slice(start).trim());
  return sentences;
}

/**
 * One text as its sentences: each line on its own (answers list things line by line, and a
 * bullet's "-", "*", "•" or "1)" is left out), each line split after . ! ? … unless the full
 * stop follows an abbreviation ("esim.", "mm.", "t.ex.", "e.g."), an initial or an ordinal.
 * Empty parts are left out; a very long part is cut at spaces.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/^\s*(?:[-*•·–—]|\d{1,2}[).])\s+/u, '').trim())
    .filter((line) => line.length > 0)
    .flatMap(splitLine)
    .filter((sentence) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(sentence))
    .flatMap(cutLong);
}
