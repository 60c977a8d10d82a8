import type { Kysely } from 'kysely';

/**
 * The final report (loppuraportti) of a process: one row per process, the coordinator's edits of
 * its sections (JSON: section key → text in fi/sv/en), and once published, the published report as
 * it was built then (JSON), so the public page, the API, the XLSX and the PDF read one fixed text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('sections', 'text', (column) => column.notNull())
    .addColumn('licence', 'text', (column) => column.notNull())
    .addColumn('published', 'text')
    .addColumn('published_at', 'text')
    .addColumn('updated_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('reports_organisation_process', ['organisation_id', 'process_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reports').execute();
}
