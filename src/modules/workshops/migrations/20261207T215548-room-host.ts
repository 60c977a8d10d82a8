import type { Kysely } from 'kysely';

/**
 * A room's host: the person another module opened it for (a work community's lead holding its
 * dialogue live), who runs that room as its facilitators do. None for rooms made in the console.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workshops')
    .addColumn('host_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workshops').dropColumn('host_user_id').execute();
}
