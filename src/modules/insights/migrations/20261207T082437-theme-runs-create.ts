import type { Kysely } from 'kysely';

/**
 * Theme runs (what went in, with which parameters and software, how far it is, what came out),
 * the themes of a run, the masked sentences each theme holds, and the theme set published per process.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insight_theme_runs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('corpus_filter', 'text', (column) => column.notNull().defaultTo('{}'))
    .addColumn('seed', 'integer', (column) => column.notNull())
    .addColumn('min_themes', 'integer', (column) => column.notNull())
    .addColumn('max_themes', 'integer', (column) => column.notNull())
    .addColumn('parameters', 'text', (column) => column.notNull().defaultTo('{}'))
    .addColumn('software_version', 'text', (column) => column.notNull())
    .addColumn('method_version', 'text')
    .addColumn('inputs_hash', 'text')
    .addColumn('contribution_count', 'integer')
    .addColumn('sentence_count', 'integer')
    .addColumn('normalisers', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('outputs', 'text')
    .addColumn('diversity', 'double precision')
    .addColumn('progress', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('progress_step', 'text')
    .addColumn('error', 'text')
    .addColumn('cancel_requested', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('lease_until', 'text')
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('insight_theme_runs_process')
    .on('insight_theme_runs')
    .columns(['organisation_id', 'process_id', 'created_at'])
    .execute();
  await db.schema.createIndex('insight_theme_runs_status').on('insight_theme_runs').columns(['status', 'created_at']).execute();
  await db.schema
    .createTable('insight_themes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (column) => column.notNull().references('insight_theme_runs.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('generated_label', 'text', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull().defaultTo('{}'))
    .addColumn('sentence_count', 'integer', (column) => column.notNull())
    .addColumn('contribution_count', 'integer', (column) => column.notNull())
    .addColumn('coherence', 'double precision', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('insight_themes_run').on('insight_themes').columns(['run_id', 'position']).execute();
  await db.schema
    .createTable('insight_theme_sentences')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (column) => column.notNull().references('insight_theme_runs.id').onDelete('cascade'))
    .addColumn('contribution_id', 'text', (column) => column.notNull())
    .addColumn('sentence_index', 'integer', (column) => column.notNull())
    .addColumn('theme_id', 'text', (column) => column.references('insight_themes.id').onDelete('cascade'))
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('quote_rank', 'integer')
    .addPrimaryKeyConstraint('insight_theme_sentences_pk', ['run_id', 'contribution_id', 'sentence_index'])
    .execute();
  await db.schema.createIndex('insight_theme_sentences_theme').on('insight_theme_sentences').columns(['theme_id', 'quote_rank']).execute();
  await db.schema
    .createTable('insight_published_theme_sets')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (column) => column.notNull().references('insight_theme_runs.id').onDelete('cascade'))
    .addColumn('published_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('published_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('insight_published_theme_sets_pk', ['organisation_id', 'process_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('insight_published_theme_sets').execute();
  await db.schema.dropTable('insight_theme_sentences').execute();
  await db.schema.dropTable('insight_themes').execute();
  await db.schema.dropTable('insight_theme_runs').execute();
}
