import type { Kysely } from 'kysely';

/** Measures (toimenpiteet) of a unit's objective: what is done, by whom and by when, and how far it has got. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('goal_measures')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('objective_id', 'text', (column) => column.notNull().references('goal_objectives.id').onDelete('cascade'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('owner_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('goal_measures_objective')
    .on('goal_measures')
    .columns(['organisation_id', 'objective_id', 'due_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('goal_measures').execute();
}
