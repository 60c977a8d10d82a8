import { readPageVersion } from '../../../platform/http/page-cache.ts';
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
 * The sources whose index rows are exactly what they would list now: each was last listed at the
 * organisation's current page version. Every change that can hide a thing from the public moves
 * that version, in its transaction or right after its commit (actions' `pageVersion`: the promise
 * the page cache relies on), and the re-index reads the version before it lists; so a hidden thing
 * leaves the search no later than it leaves a cached page.
 */
async function currentSources(context: AppContext, organisationId: string): Promise<Set<string>> {
  const [version, states] = await Promise.all([
    readPageVersion(context.db, organisationId),
    context.db
      .selectFrom('search_source_states')
      .select(['source', 'page_version'])
      .where('organisation_id', '=', organisationId)
      .execute(),
  ]);
  return new Set(states.filter((state) => Number(state.page_version) === version).map((state) => state.source));
}

/**
 * Asks each hit's source again which of them an anonymous visitor may open now: a thing unpublished,
 * hidden or moved to a narrower audience since the last re-index never shows, even for a minute.
 * Only the source that listed a hit is asked (its `source`), once per kind, and only when the page
 * version has moved since that source was listed (`current` holds the sources that need no asking).
 */
async function stillPublic(
  context: AppContext,
  organisationId: string,
  rows: Array<{ source: string; kind: string; source_id: string }>,
  current: Set<string>,
) {
  const open = new Set<string>();
  const groups = new Map<string, { source: string; kind: string; ids: string[] }>();
  for (const row of rows) {
    if (current.has(row.source)) {
      open.add(`${row.kind} ${row.source_id}`);
      continue;
    }
    const key = `${row.source} ${row.kind}`;
    const group = groups.get(key) ?? { source: row.source, kind: row.kind, ids: [] };
    group.ids.push(row.source_id);
    groups.set(key, group);
  }
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
  const [rows, current] = await Promise.all([
    context.db
      .selectFrom('search_documents')
      .select(['id', 'source', 'kind', 'source_id', 'process_id', 'language', 'title', 'body', 'path'])
      .where('organisation_id', '=', request.organisationId)
      .where('id', 'in', answer.ids)
      .execute(),
    currentSources(context, request.organisationId),
  ]);
  const open = await stillPublic(context, request.organisationId, rows, current);
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
