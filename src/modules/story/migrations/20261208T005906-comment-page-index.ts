import type { Kysely } from 'kysely';

/**
 * The reading page reads each paragraph's first comments and counts them per paragraph: an index in that
 * order (version, paragraph, time, id) that also holds the status, organisation and response the queries read,
 * so a page of a paragraph stops after its rows and the counts never read the table. It replaces the
 * index on (version, paragraph), of which it is an extension.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('story_comments_paragraph_page')
    .on('story_comments')
    .columns(['version_id', 'block_key', 'created_at', 'id', 'status', 'organisation_id', 'response_id'])
    .execute();
  await db.schema.dropIndex('story_comments_version').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('story_comments_version').on('story_comments').columns(['version_id', 'block_key']).execute();
  await db.schema.dropIndex('story_comments_paragraph_page').execute();
}
