import type { Kysely } from 'kysely';

/**
 * The history of a commitment's follow-up: each change of its status (planned, in progress,
 * done, dropped), who made it and when, newest last.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dialogue_commitment_changes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('commitment_id', 'text', (column) => column.notNull().references('dialogue_commitments.id').onDelete('cascade'))
    .addColumn('from_status', 'text', (column) => column.notNull())
    .addColumn('to_status', 'text', (column) => column.notNull())
    .addColumn('changed_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('changed_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('dialogue_commitment_changes_commitment')
    .on('dialogue_commitment_changes')
    .columns(['commitment_id', 'changed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dialogue_commitment_changes').execute();
}
