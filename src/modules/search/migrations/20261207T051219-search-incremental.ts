import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * An incremental re-index, and a search without a join on SQLite. Each document names the search source that listed it (`source`), and
 * `search_source_states` keeps a digest of each source's last listing and the page version then.
 * The index is emptied (the rows have no source yet): the job's first run, within a minute of the
 * start, or `npx tarina search reindex` fills it again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql`delete from search_documents`.execute(db);
  if (!postgres) {
    // The FTS5 table carries what a query filters and groups by (unindexed), so a search needs no
    // join: the old one joined each match to search_documents by a text id, and let the planner
    // run the MATCH once per document of the organisation instead.
    await sql`drop table search_documents_fts`.execute(db);
    await sql`create virtual table search_fts using fts5(
      title, body, document_id unindexed, organisation_id unindexed, kind unindexed, source_id unindexed,
      language unindexed, process_id unindexed, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  }
  await db.schema
    .alterTable('search_documents')
    .addColumn('source', 'text', (column) => column.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('search_documents_by_source').on('search_documents').columns(['organisation_id', 'source']).execute();
  await db.schema
    .createTable('search_source_states')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('digest', 'text', (column) => column.notNull())
    .addColumn('page_version', 'integer', (column) => column.notNull())
    .addColumn('listed_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('search_source_states_pk', ['organisation_id', 'source'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await sql`drop table search_fts`.execute(db);
    await sql`create virtual table search_documents_fts using fts5(document_id unindexed, title, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(
      db,
    );
  }
  await sql`delete from search_documents`.execute(db);
  await db.schema.dropTable('search_source_states').execute();
  await db.schema.dropIndex('search_documents_by_source').execute();
  await db.schema.alterTable('search_documents').dropColumn('source').execute();
}
