import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Each document's audience (`public`, or `signed-in` for a thing only a signed-in visitor may
 * open): a search filters by the visitor's audiences. Existing rows are all public. On SQLite the
 * FTS5 table carries it too (a search reads no other table), and a virtual table takes no new
 * column: it is made again, and the index emptied with the sources' states, so that the job's
 * first run (within a minute of the start) or `npx tarina search reindex` lists every source anew.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('search_documents')
    .addColumn('audience', 'text', (column) => column.notNull().defaultTo('public'))
    .execute();
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await sql`delete from search_source_states`.execute(db);
    await sql`delete from search_documents`.execute(db);
    await sql`drop table search_fts`.execute(db);
    await sql`create virtual table search_fts using fts5(
      title, body, document_id unindexed, organisation_id unindexed, kind unindexed, source_id unindexed,
      language unindexed, process_id unindexed, audience unindexed, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await sql`delete from search_source_states`.execute(db);
    await sql`delete from search_documents`.execute(db);
    await sql`drop table search_fts`.execute(db);
    await sql`create virtual table search_fts using fts5(
      title, body, document_id unindexed, organisation_id unindexed, kind unindexed, source_id unindexed,
      language unindexed, process_id unindexed, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  } else {
    // Rows for the signed-in go with the column (the index holds public things only again), and
    // every source is listed anew by the next run.
    await sql`delete from search_documents where audience <> 'public'`.execute(db);
    await sql`delete from search_source_states`.execute(db);
  }
  await db.schema.alterTable('search_documents').dropColumn('audience').execute();
}
