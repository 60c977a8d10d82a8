import type { Kysely } from 'kysely';

/**
 * The codebook (koodikirja): a theme set an analyst saved for a process, each theme with its names,
 * description and the masked sentences that define it, so a later phase's run can classify new
 * contributions into it; the run that did records which codebook and threshold it used. Theme
 * counterparts: a theme linked to the same theme in another language.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insight_codebooks')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('source_run_id', 'text', (column) => column.references('insight_theme_runs.id').onDelete('set null'))
    .addColumn('theme_count', 'integer', (column) => column.notNull())
    .addColumn('themes', 'text', (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('insight_codebooks_process')
    .on('insight_codebooks')
    .columns(['organisation_id', 'process_id', 'created_at'])
    .execute();
  await db.schema
    .alterTable('insight_theme_runs')
    .addColumn('codebook_id', 'text', (column) => column.references('insight_codebooks.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('insight_theme_runs').addColumn('codebook_minimum_similarity', 'double precision').execute();
  await db.schema
    .createTable('insight_theme_counterparts')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (column) => column.notNull().references('insight_theme_runs.id').onDelete('cascade'))
    .addColumn('theme_id', 'text', (column) => column.notNull().references('insight_themes.id').onDelete('cascade'))
    .addColumn('counterpart_theme_id', 'text', (column) => column.notNull().references('insight_themes.id').onDelete('cascade'))
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('insight_theme_counterparts_pk', ['theme_id', 'counterpart_theme_id'])
    .execute();
  await db.schema.createIndex('insight_theme_counterparts_run').on('insight_theme_counterparts').columns(['run_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('insight_theme_counterparts').execute();
  await db.schema.alterTable('insight_theme_runs').dropColumn('codebook_minimum_similarity').execute();
  await db.schema.alterTable('insight_theme_runs').dropColumn('codebook_id').execute();
  await db.schema.dropTable('insight_codebooks').execute();
}
