import type { Kysely } from 'kysely';

/**
 * The files built from a published report, stored so they are served as built rather than made on
 * each request: the open-data zip (variant '') and the PDF per language (variant 'fi', 'sv', 'en').
 * `version` is the published_at of the report they were built from; `stale` is set when they must be
 * built again although the report did not change (a person was erased). The bytes are base64 text,
 * which both engines store alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_files')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('variant', 'text', (column) => column.notNull())
    .addColumn('version', 'text', (column) => column.notNull())
    .addColumn('content', 'text', (column) => column.notNull())
    .addColumn('etag', 'text', (column) => column.notNull())
    .addColumn('stale', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('built_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('report_files_process_kind_variant', ['organisation_id', 'process_id', 'kind', 'variant'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_files').execute();
}
