import type { Kysely } from 'kysely';

/**
 * Which paragraphs of a version a council or board seminar's agreed outcome item shaped: one row per
 * version, paragraph key and outcome item (the workshops module's `workshop_outcomes`), with who linked it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('story_seminar_links')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('version_id', 'text', (column) => column.notNull().references('story_versions.id').onDelete('cascade'))
    .addColumn('block_key', 'text', (column) => column.notNull())
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('workshop_outcomes.id').onDelete('cascade'))
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('story_seminar_links_version_block_outcome', ['version_id', 'block_key', 'outcome_id'])
    .execute();
  await db.schema.createIndex('story_seminar_links_outcome').on('story_seminar_links').column('outcome_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('story_seminar_links').execute();
}
