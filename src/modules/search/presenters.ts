import { z } from 'zod';
import { snippetHtml } from './highlight.ts';
import type { SearchHit } from './queries/search-documents.ts';

/** A hit as the API answers it; `snippetHtml` has every character escaped and only `<mark>` added. */
export const searchHitResponseSchema = z.object({
  kind: z.string(),
  id: z.string(),
  processId: z.string().nullable(),
  language: z.enum(['fi', 'sv', 'en']),
  title: z.string(),
  path: z.string().describe('The page that shows it, under /{language}.'),
  snippetHtml: z.string(),
});

/** A page of hits: the list's items, the next page as its cursor, how many things matched, and whether more did. */
export const searchResultsResponseSchema = z.object({
  items: z.array(searchHitResponseSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  more: z
    .boolean()
    .describe('More matched than the first 1,000 documents ranked: total counts those, and a narrower query finds the rest.'),
});

/** A hit in the API's shape, its path in the language it is shown in. */
export function presentSearchHit(hit: SearchHit): z.input<typeof searchHitResponseSchema> {
  return {
    kind: hit.kind,
    id: hit.sourceId,
    processId: hit.processId,
    language: hit.language,
    title: hit.title,
    path: `/${hit.language}${hit.path}`,
    snippetHtml: snippetHtml(hit.snippet),
  };
}
