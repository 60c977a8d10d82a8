/**
 * One searchable document: a thing of another module in one language, as its search source listed
 * it (`platform/search/source.ts`). Only what an anonymous visitor, or any signed-in one (`audience`),
 * may open is ever written here.
 * PostgreSQL adds `search_vector` (tsvector, GIN-indexed) and SQLite the FTS5 table
 * `search_fts`; neither is typed here: only `engines.ts` reads them, in raw SQL.
 */
export interface SearchDocumentsTable {
  id: string;
  organisation_id: string;
  /** The search source that listed it (`sourceKey`: its kinds): a re-index diffs one source's rows. */
  source: string;
  kind: string;
  source_id: string;
  process_id: string | null;
  language: string;
  title: string;
  body: string;
  path: string;
  /** Who may open it (`SearchAudience`): `public`, or `signed-in` for any signed-in visitor only. */
  audience: string;
  /** A hash of what the source listed: the re-index rewrites only documents whose hash moved. */
  fingerprint: string;
  indexed_at: string;
}

/**
 * What a re-index last saw of one search source in one organisation: a digest of its whole listing
 * (unchanged listing, nothing written) and the organisation's page version then (the job lists a
 * source again only when that moved, or after `RECHECK_MS`).
 */
export interface SearchSourceStatesTable {
  organisation_id: string;
  source: string;
  digest: string;
  page_version: number;
  listed_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    search_documents: SearchDocumentsTable;
    search_source_states: SearchSourceStatesTable;
  }
}
