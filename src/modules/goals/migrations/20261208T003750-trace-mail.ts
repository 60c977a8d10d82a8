import type { Kysely } from 'kysely';

/**
 * Trace mail: a person's choice whether to be mailed when what they said reaches a goal or an objective's status
 * changes (no row: yes), and each objective's status as last announced, so a change is mailed once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('goal_mail_preferences')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('trace_mail', 'integer', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('goal_mail_preferences_pkey', ['organisation_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('goal_objective_notices')
    .addColumn('objective_id', 'text', (column) => column.primaryKey().references('goal_objectives.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('goal_objective_notices').execute();
  await db.schema.dropTable('goal_mail_preferences').execute();
}
