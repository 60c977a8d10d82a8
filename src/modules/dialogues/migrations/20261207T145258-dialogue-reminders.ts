import type { Kysely } from 'kysely';

/**
 * Reminders mailed to the leads of overdue work communities: one row per round, community and
 * day, claimed before the mail goes, so a second "send reminders" on the same day mails no one again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dialogue_reminders')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (column) => column.notNull().references('dialogue_rounds.id').onDelete('cascade'))
    .addColumn('work_community_id', 'text', (column) => column.notNull().references('units.id').onDelete('cascade'))
    .addColumn('sent_on', 'text', (column) => column.notNull())
    .addColumn('recipients', 'integer', (column) => column.notNull())
    .addColumn('sent_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('dialogue_reminders_round_community_day', ['round_id', 'work_community_id', 'sent_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dialogue_reminders').execute();
}
