import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The search index: one row per public document and language. On PostgreSQL a weighted tsvector
 * (title A, body B) in the document's own text-search configuration, GIN-indexed; on SQLite an FTS5
 * table holding the Snowball stems of title and body (the module's `stemming.ts` makes them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_documents')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('source_id', 'text', (column) => column.notNull())
    .addColumn('process_id', 'text')
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('path', 'text', (column) => column.notNull())
    .addColumn('fingerprint', 'text', (column) => column.notNull())
    .addColumn('indexed_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('search_documents_source', ['organisation_id', 'kind', 'source_id', 'language'])
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table search_documents add column search_vector tsvector not null`.execute(db);
    await sql`create index search_documents_vector on search_documents using gin (search_vector)`.execute(db);
  } else {
    await sql`create virtual table search_documents_fts using fts5(document_id unindexed, title, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) await sql`drop table search_documents_fts`.execute(db);
  await db.schema.dropTable('search_documents').execute();
}
