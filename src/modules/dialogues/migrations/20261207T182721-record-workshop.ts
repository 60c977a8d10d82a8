import type { Kysely } from 'kysely';

/** A work community's dialogue held live: the workshop room its lead opened for it (none when recorded afterwards). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('dialogue_records').addColumn('workshop_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('dialogue_records').dropColumn('workshop_id').execute();
}
