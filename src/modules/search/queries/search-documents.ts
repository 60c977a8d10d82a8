import { isLocale, type Locale } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { queryIndex } from '../engines.ts';
import { type SnippetPart, snippetOf } from '../highlight.ts';
import { SEARCH_LIMITS } from '../schemas.ts';

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

/** What is searched for. */
export interface SearchRequest {
  organisationId: string;
  q: string;
  locale: Locale;
  kind?: string | undefined;
  processId?: string | undefined;
  page: number;
}

/**
 * Asks each hit's source again which of them an anonymous visitor may open now: a thing unpublished,
 * hidden or moved to a narrower audience since the last re-index never shows, even for a minute.
 */
async function stillPublic(context: AppContext, organisationId: string, rows: Array<{ kind: string; source_id: string }>) {
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const open = new Set<string>();
  await Promise.all(
    kinds.flatMap((kind) => {
      const ids = rows.filter((row) => row.kind === kind).map((row) => row.source_id);
      return context.searchSources
        .filter((source) => source.kinds.includes(kind))
        .map(async (source) => {
          for (const document of await source.list(context, organisationId, { kind, ids })) open.add(`${kind} ${document.sourceId}`);
        });
    }),
  );
  return open;
}

/** The search: one page of the organisation's public things that match, best first, with snippets. */
export async function searchDocuments(context: AppContext, request: SearchRequest): Promise<SearchResults> {
  const pageSize = SEARCH_LIMITS.pageSize;
  const answer = await queryIndex(context.db, context.dialect, {
    organisationId: request.organisationId,
    q: request.q,
    locale: request.locale,
    kind: request.kind,
    processId: request.processId,
    limit: pageSize,
    offset: (request.page - 1) * pageSize,
  });
  const pageCount = Math.min(SEARCH_LIMITS.pageMax, Math.ceil(answer.total / pageSize));
  if (answer.ids.length === 0) return { hits: [], total: answer.total, more: answer.more, page: request.page, pageCount };
  const rows = await context.db
    .selectFrom('search_documents')
    .select(['id', 'kind', 'source_id', 'process_id', 'language', 'title', 'body', 'path'])
    .where('organisation_id', '=', request.organisationId)
    .where('id', 'in', answer.ids)
    .execute();
  const open = await stillPublic(context, request.organisationId, rows);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = answer.ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row || !open.has(`${row.kind} ${row.source_id}`)) return [];
    const language = isLocale(row.language) ? row.language : 'fi';
    return [
      {
        kind: row.kind,
        sourceId: row.source_id,
        processId: row.process_id,
        language,
        title: row.title,
        path: row.path,
        snippet: snippetOf(row.body, request.q, language),
      },
    ];
  });
  return { hits, total: answer.total, more: answer.more, page: request.page, pageCount };
}
