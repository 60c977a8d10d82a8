import { type RawBuilder, sql } from 'kysely';
import type { Db, Dialect } from '../../platform/db/database.ts';
import { isLocale, type Locale } from '../../platform/i18n/locales.ts';
import type { SearchAudience } from '../../platform/search/source.ts';
import { ftsMatchExpression, MAX_QUERY_WORDS, stemText, words } from './stemming.ts';
import type { SearchDocumentsTable } from './tables.ts';

/** A row of the index as the engines write it. */
export type IndexRow = SearchDocumentsTable;

/**
 * What to look for: the query as typed, the visitor's language first, an optional kind and process,
 * one page, and the audiences the visitor belongs to (`public` when not given: an anonymous visitor).
 */
export interface EngineQuery {
  organisationId: string;
  q: string;
  locale: Locale;
  kind?: string | undefined;
  processId?: string | undefined;
  audiences?: readonly SearchAudience[];
  limit: number;
  offset: number;
}

/**
 * A page of hits (the index row's id, the best language of its thing), how many things matched among
 * the ranked candidates, and whether more documents matched than were ranked (CANDIDATES).
 */
export interface EngineAnswer {
  ids: string[];
  total: number;
  more: boolean;
}

/** The text-search configuration of PostgreSQL for each language. */
const CONFIGURATIONS: Record<Locale, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };

const BATCH = 400;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += BATCH) out.push(items.slice(index, index + BATCH));
  return out;
}

function languageOf(row: IndexRow): Locale {
  return isLocale(row.language) ? row.language : 'fi';
}

/** Writes index rows: the row and, on SQLite, its stems and filter columns in the FTS5 table; on PostgreSQL its tsvector. */
export async function insertRows(db: Db, dialect: Dialect, rows: IndexRow[]): Promise<void> {
  for (const batch of batches(rows)) {
    if (dialect === 'postgres') {
      const values = batch.map((row) => {
        const config = CONFIGURATIONS[languageOf(row)];
        return sql`(${row.id}, ${row.organisation_id}, ${row.source}, ${row.kind}, ${row.source_id}, ${row.process_id}, ${row.language}, ${row.title}, ${row.body}, ${row.path}, ${row.audience}, ${row.fingerprint}, ${row.indexed_at},
          setweight(to_tsvector(${config}::regconfig, ${row.title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${row.body}), 'B'))`;
      });
      await sql`insert into search_documents (id, organisation_id, source, kind, source_id, process_id, language, title, body, path, audience, fingerprint, indexed_at, search_vector)
        values ${sql.join(values)}`.execute(db);
    } else {
      await db.insertInto('search_documents').values(batch).execute();
      const stems = batch.map(
        (row) =>
          sql`(${stemText(row.title, languageOf(row))}, ${stemText(row.body, languageOf(row))}, ${row.id}, ${row.organisation_id}, ${row.kind}, ${row.source_id}, ${row.language}, ${row.process_id}, ${row.audience})`,
      );
      await sql`insert into search_fts (title, body, document_id, organisation_id, kind, source_id, language, process_id, audience) values ${sql.join(stems)}`.execute(
        db,
      );
    }
  }
}

/** Removes index rows by id (and their FTS5 rows on SQLite). */
export async function deleteRows(db: Db, dialect: Dialect, ids: string[]): Promise<void> {
  for (const batch of batches(ids)) {
    if (dialect === 'sqlite') await sql`delete from search_fts where document_id in (${sql.join(batch)})`.execute(db);
    await db.deleteFrom('search_documents').where('id', 'in', batch).execute();
  }
}

/** Removes all of an organisation's index rows (a rebuild): one pass over the FTS5 table, not one per batch. */
export async function deleteOrganisationRows(db: Db, dialect: Dialect, organisationId: string): Promise<number> {
  if (dialect === 'sqlite') await sql`delete from search_fts where organisation_id = ${organisationId}`.execute(db);
  const result = await db.deleteFrom('search_documents').where('organisation_id', '=', organisationId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** After many rows changed, the planner's statistics are brought up to date (PostgreSQL picks the GIN index by them). */
export async function refreshStatistics(db: Db, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`analyze search_documents`.execute(db);
}

/**
 * The most documents a query ranks: the first matches (newest first on SQLite), enough for every
 * page a visitor can reach (SEARCH_LIMITS.pageMax pages of pageSize). A query that matches more is
 * answered "more than" this, and the visitor is asked to narrow it: ranking 100,000 matches would
 * cost a second for a list nobody reads to its end.
 */
export const CANDIDATES = 1000;

/** What the candidates of a query yield: id, kind, source_id, language and score, best first by `order`. */
interface Candidates {
  statement: RawBuilder<unknown>;
  order: 'asc' | 'desc';
}

function filters(query: EngineQuery, alias: string) {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const audiences = query.audiences && query.audiences.length > 0 ? query.audiences : ['public'];
  return sql`${column('organisation_id')} = ${query.organisationId}
    and ${column('audience')} in (${sql.join([...audiences])})
    ${query.kind ? sql`and ${column('kind')} = ${query.kind}` : sql``}
    ${query.processId ? sql`and ${column('process_id')} = ${query.processId}` : sql``}`;
}

/**
 * The engine's matches of the query, at most CANDIDATES + 1 (the one over the cap says "more"); null
 * when the query has no words to search for.
 */
function candidatesOf(dialect: Dialect, query: EngineQuery): Candidates | null {
  if (dialect === 'postgres') {
    // websearch_to_tsquery takes any text safely; only the first words are searched for, as on SQLite.
    const text = words(query.q).slice(0, MAX_QUERY_WORDS).join(' ');
    if (text === '') return null;
    // The matches first (the GIN index), at most CANDIDATES + 1 of them; only those are ranked.
    const statement = sql`
      select id, kind, source_id, language, ts_rank(search_vector, query) as score
      from (
        select d.id, d.kind, d.source_id, d.language, d.search_vector,
          case d.language when 'sv' then q.sv when 'en' then q.en else q.fi end as query
        from search_documents d,
          (select websearch_to_tsquery('finnish', ${text}) as fi, websearch_to_tsquery('swedish', ${text}) as sv,
                  websearch_to_tsquery('english', ${text}) as en) q
        where ${filters(query, 'd')}
          and ((d.language = 'fi' and d.search_vector @@ q.fi) or (d.language = 'sv' and d.search_vector @@ q.sv)
            or (d.language = 'en' and d.search_vector @@ q.en))
        limit ${CANDIDATES + 1}
      ) matched`;
    return { statement, order: 'desc' };
  }
  const match = ftsMatchExpression(query.q);
  if (match === null) return null;
  // Everything the query needs is in the FTS5 table (its filter columns unindexed): no join, and
  // bm25 only for the newest CANDIDATES + 1 matches.
  const statement = sql`
    select document_id as id, kind, source_id, language, bm25(search_fts, 4.0, 1.0) as score
    from search_fts
    where search_fts match ${match} and ${filters(query, 'search_fts')}
    order by rowid desc
    limit ${CANDIDATES + 1}`;
  return { statement, order: 'asc' };
}

/**
 * The common table expressions of a page of hits: `hits` (the candidates), `best` and `page`, one
 * thing once in the best language it matched in (the visitor's, then Finnish, then by rank), with
 * the number of things among the candidates (`total`) and of the candidates (`candidates`).
 */
function pageExpressions(candidates: Candidates, query: EngineQuery) {
  const order = candidates.order === 'asc' ? sql`score asc` : sql`score desc`;
  return sql`
    hits as (${candidates.statement}),
    best as (
      select id, score, row_number() over (
        partition by kind, source_id
        order by case when language = ${query.locale} then 0 when language = 'fi' then 1 else 2 end, ${order}
      ) as n
      from hits
    ),
    page as (
      select id, score, count(*) over () as total, (select count(*) from hits) as candidates from best where n = 1
      order by ${order}, id
      limit ${query.limit} offset ${query.offset}
    )`;
}

/**
 * The raw full-text query of the engine: the page of hits' ids, the number of things that matched
 * (of the first CANDIDATES documents), and whether more matched than that.
 */
export async function queryIndex(db: Db, dialect: Dialect, query: EngineQuery): Promise<EngineAnswer> {
  const candidates = candidatesOf(dialect, query);
  if (!candidates) return { ids: [], total: 0, more: false };
  const order = candidates.order === 'asc' ? sql`score asc` : sql`score desc`;
  const statement = sql<{ id: string; total: number; candidates: number }>`
    with ${pageExpressions(candidates, query)}
    select id, total, candidates from page order by ${order}, id`;
  const rows = (await statement.execute(db)).rows;
  return {
    ids: rows.map((row) => row.id),
    total: Number(rows[0]?.total ?? 0),
    more: Number(rows[0]?.candidates ?? 0) > CANDIDATES,
  };
}

/** A hit as the page shows it: its index row, and whether its source was last listed at the current page version. */
export interface IndexHit {
  id: string;
  source: string;
  kind: string;
  sourceId: string;
  processId: string | null;
  language: Locale;
  title: string;
  body: string;
  path: string;
  /** The source's listing is as new as the page version: the row is what the source would list now. */
  current: boolean;
}

/** A page of hits with what the search needs besides: the page version and the state of one source's listing. */
export interface IndexPage {
  hits: IndexHit[];
  total: number;
  more: boolean;
  /** The digest of the listing of the source named by `listingOf`, and whether it is as new as the page version; null when never listed. */
  listing: { digest: string; current: boolean } | null;
}

/** A row of the page's statement: the states, then a hit's index row (all null past the last hit). */
type IndexPageRow = Pick<IndexRow, 'source' | 'kind' | 'source_id' | 'process_id' | 'language' | 'title' | 'body' | 'path'> & {
  page_version: number | string | null;
  listing_digest: string | null;
  listing_version: number | string | null;
  total: number | string | null;
  candidates: number | string | null;
  id: string | null;
  source_version: number | string | null;
};

/**
 * The search page's one statement: the page of hits with their index rows (`queryIndex`'s query,
 * the rows joined to its twenty ids only), whether each one's source was listed at the organisation's
 * current page version, and the state of the listing of `listingOf` (the processes' source, whose
 * documents the page's filter lists). One round trip instead of four, read in one snapshot. A query
 * without words reads only the states (a first row of nulls but the states).
 */
export async function queryIndexPage(db: Db, dialect: Dialect, query: EngineQuery & { listingOf: string }): Promise<IndexPage> {
  const candidates = candidatesOf(dialect, query) ?? {
    statement: sql`select id, kind, source_id, language, 0 as score from search_documents where 1 = 0`,
    order: 'desc',
  };
  const order = candidates.order === 'asc' ? sql`page.score asc` : sql`page.score desc`;
  const organisationId = query.organisationId;
  const rows = (
    await sql<IndexPageRow>`
      with ${pageExpressions(candidates, query)},
      meta as (
        select (select version from page_versions where organisation_id = ${organisationId}) as page_version,
          (select digest from search_source_states where organisation_id = ${organisationId} and source = ${query.listingOf}) as listing_digest,
          (select page_version from search_source_states where organisation_id = ${organisationId} and source = ${query.listingOf}) as listing_version
      )
      select meta.page_version, meta.listing_digest, meta.listing_version, page.total, page.candidates,
        d.id, d.source, d.kind, d.source_id, d.process_id, d.language, d.title, d.body, d.path, s.page_version as source_version
      from meta
      left join page on 1 = 1
      left join search_documents d on d.id = page.id
      left join search_source_states s on s.organisation_id = d.organisation_id and s.source = d.source
      order by ${order}, page.id`.execute(db)
  ).rows;
  const first = rows[0];
  const version = Number(first?.page_version ?? 0);
  const hits = rows.flatMap((row): IndexHit[] =>
    row.id === null
      ? []
      : [
          {
            id: row.id,
            source: row.source,
            kind: row.kind,
            sourceId: row.source_id,
            processId: row.process_id,
            language: isLocale(row.language) ? row.language : 'fi',
            title: row.title,
            body: row.body,
            path: row.path,
            current: row.source_version !== null && Number(row.source_version) === version,
          },
        ],
  );
  return {
    hits,
    total: Number(first?.total ?? 0),
    more: Number(first?.candidates ?? 0) > CANDIDATES,
    listing: first?.listing_digest == null ? null : { digest: first.listing_digest, current: Number(first.listing_version) === version },
  };
}
