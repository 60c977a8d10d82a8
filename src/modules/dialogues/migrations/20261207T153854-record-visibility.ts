import type { Kysely } from 'kysely';

/**
 * Who may read a held record: its unit only (the default, as before), or the public, where the
 * published results still hide the texts of a dialogue with fewer than five participants.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('dialogue_records')
    .addColumn('visibility', 'text', (column) => column.notNull().defaultTo('unit'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('dialogue_records').dropColumn('visibility').execute();
}
