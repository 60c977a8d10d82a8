import type { Kysely } from 'kysely';

/**
 * A facilitator may hide a note from the room (off-topic, a duplicate, or
 * inappropriate) and show it again: `hidden_at` is when it was hidden, null
 * while it is shown.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workshop_notes').addColumn('hidden_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workshop_notes').dropColumn('hidden_at').execute();
}
