import type { Kysely } from 'kysely';

/**
 * Comments: whether the commenter asked for an e-mail when the comment gets its response (opt-in), and a
 * moderator's hiding of a comment (the reason the commenter may be told, who hid it and when).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('story_comments')
    .addColumn('notify_on_response', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('story_comments').addColumn('hidden_reason', 'text').execute();
  await db.schema
    .alterTable('story_comments')
    .addColumn('moderated_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('story_comments').addColumn('moderated_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('story_comments').dropColumn('moderated_at').execute();
  await db.schema.alterTable('story_comments').dropColumn('moderated_by_user_id').execute();
  await db.schema.alterTable('story_comments').dropColumn('hidden_reason').execute();
  await db.schema.alterTable('story_comments').dropColumn('notify_on_response').execute();
}
