import type { Kysely } from 'kysely';

/**
 * The list of erased subjects: one row per deleted account, kept so that a restore from a
 * backup made before the deletion erases the person again. It holds no id in the clear,
 * only the SHA-256 of the organisation's and the account's ids (see platform/erasures.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('erased_subjects')
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('subject_hash', 'text', (column) => column.notNull())
    .addColumn('erased_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('erased_subjects_pk', ['organisation_id', 'subject_hash'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('erased_subjects').execute();
}
