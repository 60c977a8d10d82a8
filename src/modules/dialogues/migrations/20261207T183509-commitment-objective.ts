import type { Kysely } from 'kysely';

/**
 * A commitment followed up as part of a unit objective of the goals module. No foreign key: the
 * objective is the goals module's, checked through its index when linked; one removed later
 * reads as no link.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('dialogue_commitments').addColumn('objective_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('dialogue_commitments').dropColumn('objective_id').execute();
}
