import type { Locale, LocalizedText } from '../i18n/locales.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { AppContext } from '../module.ts';

/**
 * Who may open a searchable thing: anyone, or anyone signed in (a signed-in visitor finds both; an
 * anonymous one only `public`). Narrower audiences (staff, units, bodies) are never indexed.
 */
export type SearchAudience = 'public' | 'signed-in';

/** Every SearchAudience, widest first. */
export const SEARCH_AUDIENCES: readonly SearchAudience[] = ['public', 'signed-in'];

/**
 * One searchable thing in one language, as its module describes it: what it is (`kind`), its id in
 * the module, its process, its title and plain body text, the page that shows it (a path
 * without the language prefix), and who may open it (`public` when not given). A thing with texts
 * in three languages is three documents.
 */
export interface SearchDocument {
  kind: string;
  sourceId: string;
  processId: string | null;
  language: Locale;
  title: string;
  body: string;
  path: string;
  audience?: SearchAudience;
}

/**
 * What a module lends the search: the kinds it answers for and how to list its documents that an
 * anonymous visitor may open (published, in a public process, for any audience), and those that
 * any signed-in visitor may open, marked `audience: 'signed-in'`. Nothing else is ever indexed.
 * `ids` narrows the list to those source ids: the search asks again for the hits it is about to
 * show, so a thing hidden (or its audience narrowed) since it was indexed never appears.
 */
export interface SearchSource {
  kinds: readonly string[];
  list(context: AppContext, organisationId: string, filter?: { kind: string; ids: string[] }): Promise<SearchDocument[]>;
}

/** Declares a search source (typed identity). */
export function defineSearchSource(source: SearchSource): SearchSource {
  return source;
}

/** Markdown and stray markup as plain words: what is searched and what a snippet may quote. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One document per language the thing's title is written in: the body parts in that language
 * (Markdown made plain), the rest of the description shared.
 */
export function documentsInLanguages(
  base: Omit<SearchDocument, 'language' | 'title' | 'body'>,
  title: LocalizedText,
  bodies: LocalizedText[],
): SearchDocument[] {
  return LOCALES.flatMap((language) => {
    const titleText = title[language]?.trim();
    if (!titleText) return [];
    const body = bodies
      .map((text) => plainText(text[language] ?? ''))
      .filter((part) => part.length > 0)
      .join(' ');
    return [{ ...base, language, title: titleText, body }];
  });
}
