import type { Kysely } from 'kysely';

/**
 * The analyst's edits of a run's themes: whether the run is open for structural edits (publishing
 * locks it, reopening opens it), a log of every edit with what it changed so the last can be
 * undone, and tags put on contributions by hand.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('insight_theme_runs')
    .addColumn('editing_locked', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('insight_theme_edits')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (column) => column.notNull().references('insight_theme_runs.id').onDelete('cascade'))
    .addColumn('sequence', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('before_state', 'text', (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('undone_at', 'text')
    .execute();
  await db.schema.createIndex('insight_theme_edits_run').on('insight_theme_edits').columns(['run_id', 'sequence']).unique().execute();
  await db.schema
    .createTable('insight_contribution_tags')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (column) => column.notNull().references('insight_theme_runs.id').onDelete('cascade'))
    .addColumn('contribution_id', 'text', (column) => column.notNull())
    .addColumn('tag', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('insight_contribution_tags_pk', ['run_id', 'contribution_id', 'tag'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('insight_contribution_tags').execute();
  await db.schema.dropTable('insight_theme_edits').execute();
  await db.schema.alterTable('insight_theme_runs').dropColumn('editing_locked').execute();
}
