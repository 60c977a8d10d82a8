import { type RawBuilder, sql } from 'kysely';
import type { Db, Dialect } from '../../platform/db/database.ts';
import { isLocale, type Locale } from '../../platform/i18n/locales.ts';
import { ftsMatchExpression, MAX_QUERY_WORDS, stemText, words } from './stemming.ts';
import type { SearchDocumentsTable } from './tables.ts';

/** A row of the index as the engines write it. */
export type IndexRow = SearchDocumentsTable;

/** What to look for: the query as typed, the visitor's language first, an optional kind and process, one page. */
export interface EngineQuery {
  organisationId: string;
  q: string;
  locale: Locale;
  kind?: string | undefined;
  processId?: string | undefined;
  limit: number;
  offset: number;
}

/** A hit: the index row's id (the best language of its thing) and how many things matched in all. */
export interface EngineAnswer {
  ids: string[];
  total: number;
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

/** Writes index rows: the row and, on SQLite, its stems in the FTS5 table; on PostgreSQL its tsvector. */
export async function insertRows(db: Db, dialect: Dialect, rows: IndexRow[]): Promise<void> {
  for (const batch of batches(rows)) {
    if (dialect === 'postgres') {
      const values = batch.map((row) => {
        const config = CONFIGURATIONS[languageOf(row)];
        return sql`(${row.id}, ${row.organisation_id}, ${row.kind}, ${row.source_id}, ${row.process_id}, ${row.language}, ${row.title}, ${row.body}, ${row.path}, ${row.fingerprint}, ${row.indexed_at},
          setweight(to_tsvector(${config}::regconfig, ${row.title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${row.body}), 'B'))`;
      });
      await sql`insert into search_documents (id, organisation_id, kind, source_id, process_id, language, title, body, path, fingerprint, indexed_at, search_vector)
        values ${sql.join(values)}`.execute(db);
    } else {
      await db.insertInto('search_documents').values(batch).execute();
      const stems = batch.map((row) => sql`(${row.id}, ${stemText(row.title, languageOf(row))}, ${stemText(row.body, languageOf(row))})`);
      await sql`insert into search_documents_fts (document_id, title, body) values ${sql.join(stems)}`.execute(db);
    }
  }
}

/** Removes index rows by id (and their FTS5 rows on SQLite). */
export async function deleteRows(db: Db, dialect: Dialect, ids: string[]): Promise<void> {
  for (const batch of batches(ids)) {
    if (dialect === 'sqlite') await sql`delete from search_documents_fts where document_id in (${sql.join(batch)})`.execute(db);
    await db.deleteFrom('search_documents').where('id', 'in', batch).execute();
  }
}

function filters(query: EngineQuery) {
  return sql`d.organisation_id = ${query.organisationId}
    ${query.kind ? sql`and d.kind = ${query.kind}` : sql``}
    ${query.processId ? sql`and d.process_id = ${query.processId}` : sql``}`;
}

/**
 * One thing once, in the best language it matched in: the visitor's, then Finnish, then by rank;
 * the total counted over the same rows. `hits` is a query that yields id, kind, source_id, language, score.
 */
function bestOfEach(hits: RawBuilder<unknown>, query: EngineQuery, scoreOrder: 'asc' | 'desc') {
  const order = scoreOrder === 'asc' ? sql`score asc` : sql`score desc`;
  return sql<{ id: string; total: number }>`
    with hits as (${hits}),
    best as (
      select id, score, row_number() over (
        partition by kind, source_id
        order by case when language = ${query.locale} then 0 when language = 'fi' then 1 else 2 end, ${order}
      ) as n
      from hits
    )
    select id, count(*) over () as total from best where n = 1
    order by ${order}, id
    limit ${query.limit} offset ${query.offset}`;
}

/** The raw full-text query of the engine: the page of hits' ids and the number of things that matched. */
export async function queryIndex(db: Db, dialect: Dialect, query: EngineQuery): Promise<EngineAnswer> {
  let statement: RawBuilder<{ id: string; total: number }>;
  if (dialect === 'postgres') {
    // websearch_to_tsquery takes any text safely; only the first words are searched for, as on SQLite.
    const text = words(query.q).slice(0, MAX_QUERY_WORDS).join(' ');
    if (text === '') return { ids: [], total: 0 };
    const hits = sql`
      select d.id, d.kind, d.source_id, d.language,
        ts_rank(d.search_vector, case d.language when 'sv' then q.sv when 'en' then q.en else q.fi end) as score
      from search_documents d,
        (select websearch_to_tsquery('finnish', ${text}) as fi, websearch_to_tsquery('swedish', ${text}) as sv,
                websearch_to_tsquery('english', ${text}) as en) q
      where ${filters(query)}
        and ((d.language = 'fi' and d.search_vector @@ q.fi) or (d.language = 'sv' and d.search_vector @@ q.sv)
          or (d.language = 'en' and d.search_vector @@ q.en))`;
    statement = bestOfEach(hits, query, 'desc');
  } else {
    const match = ftsMatchExpression(query.q);
    if (match === null) return { ids: [], total: 0 };
    const hits = sql`
      select d.id, d.kind, d.source_id, d.language, bm25(search_documents_fts, 0, 4.0, 1.0) as score
      from search_documents_fts join search_documents d on d.id = search_documents_fts.document_id
      where search_documents_fts match ${match} and ${filters(query)}`;
    statement = bestOfEach(hits, query, 'asc');
  }
  const rows = (await statement.execute(db)).rows;
  return { ids: rows.map((row) => row.id), total: Number(rows[0]?.total ?? 0) };
}
