import { isLocale, type Locale, type LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { queryIndex } from '../engines.ts';
import { type SnippetPart, snippetOf } from '../highlight.ts';
import { sourceKey } from '../reindex.ts';
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

/** A public process as the filter and the empty page list it. */
export interface SearchProcess {
  id: string;
  /** Its page, without the language. */
  path: string;
  title: LocalizedText;
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
 * Only the source that listed a hit is asked (its `source`), once per kind.
 */
async function stillPublic(context: AppContext, organisationId: string, rows: Array<{ source: string; kind: string; source_id: string }>) {
  const groups = new Map<string, { source: string; kind: string; ids: string[] }>();
  for (const row of rows) {
    const key = `${row.source} ${row.kind}`;
    const group = groups.get(key) ?? { source: row.source, kind: row.kind, ids: [] };
    group.ids.push(row.source_id);
    groups.set(key, group);
  }
  const open = new Set<string>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const source = context.searchSources.find((candidate) => sourceKey(candidate) === group.source);
      if (!source) return;
      for (const document of await source.list(context, organisationId, { kind: group.kind, ids: group.ids })) {
        if (document.kind === group.kind) open.add(`${group.kind} ${document.sourceId}`);
      }
    }),
  );
  return open;
}

/** The public processes as the index lists them (kind `process`): the filter's choices and the empty page's links. */
export async function listSearchProcesses(context: AppContext, organisationId: string): Promise<SearchProcess[]> {
  const rows = await context.db
    .selectFrom('search_documents')
    .select(['source_id', 'language', 'title', 'path'])
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', 'process')
    .orderBy('source_id')
    .execute();
  const processes = new Map<string, SearchProcess>();
  for (const row of rows) {
    const process = processes.get(row.source_id) ?? { id: row.source_id, path: row.path, title: { fi: '' } };
    if (isLocale(row.language)) process.title[row.language] = row.title;
    processes.set(row.source_id, process);
  }
  return [...processes.values()].sort((a, b) => (a.title.fi ?? '').localeCompare(b.title.fi ?? '', 'fi'));
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
    .select(['id', 'source', 'kind', 'source_id', 'process_id', 'language', 'title', 'body', 'path'])
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
