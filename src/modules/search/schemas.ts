import { z } from 'zod';

/** What the search finds, one word each: the `kind` of a document, and the filter's choices. */
export const SEARCH_KINDS = ['process', 'phase', 'news', 'page', 'event', 'survey', 'statements', 'results', 'story', 'comment'] as const;

/** One of SEARCH_KINDS. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Limits of a search, shared by the page, the API and the tests. */
export const SEARCH_LIMITS = { queryMax: 200, pageSize: 20, pageMax: 50 } as const;

const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

const searchFieldsSchema = z.object({
  q: z.string().max(SEARCH_LIMITS.queryMax, { message: 'search.error.queryTooLong' }).default(''),
  kind: z.preprocess(blankAsMissing, z.enum(SEARCH_KINDS).optional()),
  process: z.preprocess(blankAsMissing, z.string().max(64).optional()),
});

/** The search page's query string: `?q=&kind=&process=&page=`. */
export const searchPageQuerySchema = searchFieldsSchema.extend({
  page: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(SEARCH_LIMITS.pageMax).default(1)),
});

/** The API's query: the same fields, the page as the list's cursor (`nextCursor` of the last answer). */
export const searchApiQuerySchema = searchFieldsSchema.extend({
  cursor: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(SEARCH_LIMITS.pageMax).default(1)),
});

/** A search as the page asks it. */
export type SearchPageQuery = z.output<typeof searchPageQuerySchema>;
