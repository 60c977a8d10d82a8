import type { Kysely } from 'kysely';

/**
 * Reminders mailed by the job as a round's due date nears: one row per round and lead, claimed
 * before the mail goes, so each lead is reminded once per round whatever the runs or processes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dialogue_deadline_reminders')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (column) => column.notNull().references('dialogue_rounds.id').onDelete('cascade'))
    .addColumn('lead_user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('communities', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('dialogue_deadline_reminders_round_lead', ['round_id', 'lead_user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dialogue_deadline_reminders').execute();
}
