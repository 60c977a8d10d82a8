import type { Actor } from '../../../platform/authz/authz.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { SearchAudience } from '../../../platform/search/source.ts';
import { type IndexHit, type IndexPage, queryIndexPage } from '../engines.ts';
import { type SnippetPart, snippetOf } from '../highlight.ts';
import { sourceKey } from '../reindex.ts';
import { SEARCH_LIMITS } from '../schemas.ts';
import { listSearchProcesses, type SearchProcess } from './list-search-processes.ts';

/** One thing found, in the language it is shown in. */
export interface SearchHit {
  kind: string;
  sourceId: string;
  processId: string | null;
  language: Locale;
  title: string;
  path: string;
  snippet: SnippetPart[];
}

/** A page of hits and how many things matched (of the first CANDIDATES documents; `more` when others matched too). */
export interface SearchResults {
  hits: SearchHit[];
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
}

/** What is searched for, and for whom (the audiences the visitor belongs to: `searchAudiencesOf`). */
export interface SearchRequest {
  organisationId: string;
  q: string;
  locale: Locale;
  kind?: string | undefined;
  processId?: string | undefined;
  audiences: readonly SearchAudience[];
  page: number;
}

/** What the search page shows: the results (null before a search) and the processes its filter and empty page list. */
export interface SearchPageAnswer {
  results: SearchResults | null;
  processes: SearchProcess[];
}

/** The audiences whose things the actor may open: everyone the public's, a signed-in person also the signed-in's. */
export function searchAudiencesOf(actor: Actor): SearchAudience[] {
  return actor.userId === null ? ['public'] : ['public', 'signed-in'];
}

/**
 * Asks each hit's source again which of them the visitor may open now: a thing unpublished, hidden or
 * moved to a narrower audience since the last re-index never shows, even for a minute. Only hits whose
 * source was listed before the page version last moved are asked about (`current` false: every change
 * that can hide a thing moves that version, in its transaction or right after its commit, the promise
 * the page cache relies on), each source once per kind; on a quiet site no source is asked at all.
 */
async function stillOpen(context: AppContext, request: SearchRequest, hits: IndexHit[]): Promise<Set<string>> {
  const open = new Set<string>();
  const groups = new Map<string, { source: string; kind: string; ids: string[] }>();
  for (const hit of hits) {
    if (hit.current) {
      open.add(`${hit.kind} ${hit.sourceId}`);
      continue;
    }
    const key = `${hit.source} ${hit.kind}`;
    const group = groups.get(key) ?? { source: hit.source, kind: hit.kind, ids: [] };
    group.ids.push(hit.sourceId);
    groups.set(key, group);
  }
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const source = context.searchSources.find((candidate) => sourceKey(candidate) === group.source);
      if (!source) return;
      for (const document of await source.list(context, request.organisationId, { kind: group.kind, ids: group.ids })) {
        if (document.kind === group.kind && request.audiences.includes(document.audience ?? 'public')) {
          open.add(`${group.kind} ${document.sourceId}`);
        }
      }
    }),
  );
  return open;
}

/** The key of the source that lists processes (its listing's state tells whether the page's process list is current). */
function processSourceKey(context: AppContext): string {
  const source = context.searchSources.find((candidate) => candidate.kinds.includes('process'));
  return source ? sourceKey(source) : '';
}

/** One page of the index's hits for the request, with what the page needs to know of the process listing. */
async function searchIndex(context: AppContext, request: SearchRequest): Promise<{ answer: IndexPage; results: SearchResults }> {
  const pageSize = SEARCH_LIMITS.pageSize;
  const answer = await queryIndexPage(context.db, context.dialect, {
    organisationId: request.organisationId,
    q: request.q,
    locale: request.locale,
    kind: request.kind,
    processId: request.processId,
    audiences: request.audiences,
    limit: pageSize,
    offset: (request.page - 1) * pageSize,
    listingOf: processSourceKey(context),
  });
  const pageCount = Math.min(SEARCH_LIMITS.pageMax, Math.ceil(answer.total / pageSize));
  const open = answer.hits.length === 0 ? new Set<string>() : await stillOpen(context, request, answer.hits);
  const hits = answer.hits.flatMap((hit): SearchHit[] =>
    open.has(`${hit.kind} ${hit.sourceId}`)
      ? [
          {
            kind: hit.kind,
            sourceId: hit.sourceId,
            processId: hit.processId,
            language: hit.language,
            title: hit.title,
            path: hit.path,
            snippet: snippetOf(hit.body, request.q, hit.language),
          },
        ]
      : [],
  );
  return { answer, results: { hits, total: answer.total, more: answer.more, page: request.page, pageCount } };
}

/** The search: one page of the organisation's things the visitor may open that match, best first, with snippets. */
export async function searchDocuments(context: AppContext, request: SearchRequest): Promise<SearchResults> {
  return (await searchIndex(context, request)).results;
}

/**
 * The search page's answer: the results of a search (none when nothing was typed) and the public
 * processes, read in one statement with the hits (the process list costs another only when the
 * processes' listing changed, or the page version moved since it was made).
 */
export async function searchPage(context: AppContext, request: SearchRequest): Promise<SearchPageAnswer> {
  const { answer, results } = await searchIndex(context, request);
  const processes = await listSearchProcesses(context, request.organisationId, answer.listing);
  return { results: request.q.trim() === '' ? null : results, processes };
}
