import type { Kysely } from 'kysely';

/**
 * One row per declared background job: its lease (so that of several app
 * processes exactly one runs it per due time), when it is next due, and how
 * its last run went (for the admin page).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('platform_jobs')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('next_due_at', 'text', (column) => column.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_started_at', 'text')
    .addColumn('last_finished_at', 'text')
    .addColumn('last_duration_ms', 'integer')
    .addColumn('last_status', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_failed_at', 'text')
    .addColumn('run_count', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('failure_count', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('platform_jobs').execute();
}
