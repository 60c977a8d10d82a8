import type { Kysely } from 'kysely';

/**
 * The dialogues module's tables: rounds (a guide, the units they are for, dates), one record
 * per work community and round (opened, then held), and the record's commitments.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dialogue_rounds')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('phase_id', 'text', (column) => column.references('process_phases.id').onDelete('set null'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('ground_rules', 'text', (column) => column.notNull())
    .addColumn('questions', 'text', (column) => column.notNull())
    .addColumn('material', 'text', (column) => column.notNull())
    .addColumn('facilitator_notes', 'text', (column) => column.notNull())
    .addColumn('unit_ids', 'text', (column) => column.notNull())
    .addColumn('opens_on', 'text', (column) => column.notNull())
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('dialogue_rounds_process').on('dialogue_rounds').columns(['organisation_id', 'process_id']).execute();

  await db.schema
    .createTable('dialogue_records')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (column) => column.notNull().references('dialogue_rounds.id').onDelete('cascade'))
    .addColumn('work_community_id', 'text', (column) => column.notNull().references('units.id').onDelete('cascade'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('held_on', 'text')
    .addColumn('participants', 'integer')
    .addColumn('answers', 'text', (column) => column.notNull())
    .addColumn('late', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('opened_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('submitted_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('submitted_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('dialogue_records_round_community', ['round_id', 'work_community_id'])
    .execute();

  await db.schema
    .createTable('dialogue_commitments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('record_id', 'text', (column) => column.notNull().references('dialogue_records.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (column) => column.notNull().references('dialogue_rounds.id').onDelete('cascade'))
    .addColumn('work_community_id', 'text', (column) => column.notNull().references('units.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('what', 'text', (column) => column.notNull())
    .addColumn('who_role', 'text', (column) => column.notNull())
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('dialogue_commitments_round').on('dialogue_commitments').columns(['round_id', 'work_community_id']).execute();
  await db.schema.createIndex('dialogue_commitments_record').on('dialogue_commitments').column('record_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dialogue_commitments').execute();
  await db.schema.dropTable('dialogue_records').execute();
  await db.schema.dropTable('dialogue_rounds').execute();
}
