import type { Kysely } from 'kysely';

/** A commitment's statuses are now planned / in progress / done / dropped: the former 'open' is 'planned'. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await (db as Kysely<{ dialogue_commitments: { status: string } }>)
    .updateTable('dialogue_commitments')
    .set({ status: 'planned' })
    .where('status', '=', 'open')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await (db as Kysely<{ dialogue_commitments: { status: string } }>)
    .updateTable('dialogue_commitments')
    .set({ status: 'open' })
    .where('status', 'in', ['planned', 'in_progress', 'dropped'])
    .execute();
}
