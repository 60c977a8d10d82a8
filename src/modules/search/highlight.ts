import type { Locale } from '../../platform/i18n/locales.ts';
import { queryStems, stem } from './stemming.ts';

/** A piece of a snippet: plain text, or a word the query matched (shown in `<mark>`). */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const SNIPPET_WORDS = 30;
const WORDS_BEFORE_MATCH = 8;
/** Only the start of a long body is read for a snippet: a hit's page must not cost a whole book. */
const SCANNED_CHARACTERS = 20_000;

/** Whether a word matches one of the query's stems; each distinct word is stemmed once per snippet. */
function matcher(language: Locale, stems: string[]): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    const lower = word.toLowerCase();
    let answer = known.get(lower);
    if (answer === undefined) {
      const own = stem(lower, language);
      answer = stems.some((wanted) => own === wanted || (wanted.length >= 3 && own.startsWith(wanted)));
      known.set(lower, answer);
    }
    return answer;
  };
}

/**
 * A window of about thirty words of the text around its first word that matches the query (by stem
 * in the document's language, as the index matched it), the matching words marked. The same on
 * both engines: the SQLite index holds stems, so FTS5's snippet() would quote stems, not the text.
 */
export function snippetOf(text: string, query: string, language: Locale): SnippetPart[] {
  const scanned = text.slice(0, SCANNED_CHARACTERS);
  const matches = matcher(language, queryStems(query, language));
  const found = [...scanned.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    text: match[0],
  }));
  if (found.length === 0) return [];
  const first = Math.max(
    0,
    found.findIndex((word) => matches(word.text)),
  );
  const from = Math.max(0, first - WORDS_BEFORE_MATCH);
  const window = found.slice(from, from + SNIPPET_WORDS);
  const parts: SnippetPart[] = [];
  let cursor = window[0]?.start ?? 0;
  if (from > 0) parts.push({ text: '… ', mark: false });
  for (const word of window) {
    if (!matches(word.text)) continue;
    if (word.start > cursor) parts.push({ text: scanned.slice(cursor, word.start), mark: false });
    parts.push({ text: scanned.slice(word.start, word.end), mark: true });
    cursor = word.end;
  }
  const last = window[window.length - 1];
  if (last && last.end > cursor) parts.push({ text: scanned.slice(cursor, last.end), mark: false });
  if (from + SNIPPET_WORDS < found.length || scanned.length < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A snippet as HTML for API clients: every character of the text escaped, only `<mark>` added. */
export function snippetHtml(parts: SnippetPart[]): string {
  return parts
    .map((part) => {
      const text = part.text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
      return part.mark ? `<mark>${text}</mark>` : text;
    })
    .join('');
}
