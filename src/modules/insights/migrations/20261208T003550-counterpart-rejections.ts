import type { Kysely } from 'kysely';

/**
 * Rejected counterpart suggestions: a pair of a run's themes the analyst said are not the same theme
 * in two languages, so the theme pages stop suggesting it (stored both ways, like the links; deleting
 * the row suggests the pair again).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insight_counterpart_rejections')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (column) => column.notNull().references('insight_theme_runs.id').onDelete('cascade'))
    .addColumn('theme_id', 'text', (column) => column.notNull().references('insight_themes.id').onDelete('cascade'))
    .addColumn('counterpart_theme_id', 'text', (column) => column.notNull().references('insight_themes.id').onDelete('cascade'))
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('insight_counterpart_rejections_pk', ['theme_id', 'counterpart_theme_id'])
    .execute();
  await db.schema.createIndex('insight_counterpart_rejections_run').on('insight_counterpart_rejections').columns(['run_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('insight_counterpart_rejections').execute();
}
