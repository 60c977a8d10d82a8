import type { Kysely } from 'kysely';

/**
 * A process's contributions in id order: the open-data export and the participation figures read
 * them in keyset pages (`process_id = ? and id > ? order by id limit n`), which without this index
 * sorted every row of the process for each page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('contributions_process_id').on('contributions').columns(['process_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('contributions_process_id').execute();
}
