import type { Kysely } from 'kysely';

/** When a round's reporters who had not yet reported were reminded before its due day (once per round). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('goal_rounds').addColumn('reminded_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('goal_rounds').dropColumn('reminded_at').execute();
}
