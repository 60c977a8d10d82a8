import type { Kysely } from 'kysely';

/**
 * The story module's tables: a process's story as numbered versions of ordered blocks (headings start
 * sections, paragraphs keep a key across versions), comments on a paragraph or a passage of it, the
 * editors' responses to them, and the decision of a body that freezes a version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('story_versions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('changelog', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('comments_phase_id', 'text')
    .addColumn('comments_opens_at', 'text')
    .addColumn('comments_closes_at', 'text')
    .addColumn('comments_audience', 'text')
    .addColumn('comments_audience_ids', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('story_versions_process_number', ['process_id', 'number'])
    .execute();
  await db.schema.createIndex('story_versions_organisation').on('story_versions').columns(['organisation_id', 'process_id']).execute();

  await db.schema
    .createTable('story_blocks')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('version_id', 'text', (column) => column.notNull().references('story_versions.id').onDelete('cascade'))
    .addColumn('block_key', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('translations_behind', 'text', (column) => column.notNull().defaultTo('[]'))
    .addUniqueConstraint('story_blocks_version_key', ['version_id', 'block_key'])
    .execute();

  await db.schema
    .createTable('story_responses')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('version_id', 'text', (column) => column.notNull().references('story_versions.id').onDelete('cascade'))
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('changed_block_key', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('story_comments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('version_id', 'text', (column) => column.notNull().references('story_versions.id').onDelete('cascade'))
    .addColumn('block_key', 'text', (column) => column.notNull())
    .addColumn('passage', 'text')
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('author_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('participant_key', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('response_id', 'text', (column) => column.references('story_responses.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('story_comments_version').on('story_comments').columns(['version_id', 'block_key']).execute();

  await db.schema
    .createTable('story_decisions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('version_id', 'text', (column) => column.notNull().references('story_versions.id').onDelete('cascade'))
    .addColumn('body_id', 'text', (column) => column.notNull().references('process_bodies.id').onDelete('cascade'))
    .addColumn('meeting_date', 'text', (column) => column.notNull())
    .addColumn('section_number', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('votes_for', 'integer')
    .addColumn('votes_against', 'integer')
    .addColumn('votes_abstain', 'integer')
    .addColumn('dissent', 'text', (column) => column.notNull())
    .addColumn('minutes_url', 'text')
    .addColumn('recorded_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('story_decisions_version', ['version_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('story_decisions').execute();
  await db.schema.dropTable('story_comments').execute();
  await db.schema.dropTable('story_responses').execute();
  await db.schema.dropTable('story_blocks').execute();
  await db.schema.dropTable('story_versions').execute();
}
