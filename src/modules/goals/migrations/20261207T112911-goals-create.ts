import type { Kysely } from 'kysely';

/**
 * The goals module's tables: strategy goals of a process (päämäärät), unit objectives that cite
 * a goal (tavoitteet), indicators (mittarit) with yearly targets, reporting rounds (raportointikierrokset)
 * with the actuals reported in each, and the hashed single-purpose links mailed to owners.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('paragraph_id', 'text')
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('goals_process').on('goals').columns(['organisation_id', 'process_id', 'position']).execute();

  await db.schema
    .createTable('goal_objectives')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (column) => column.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (column) => column.notNull().references('units.id').onDelete('cascade'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('owner_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('goal_objectives_goal').on('goal_objectives').columns(['organisation_id', 'goal_id']).execute();
  await db.schema.createIndex('goal_objectives_unit').on('goal_objectives').columns(['organisation_id', 'unit_id']).execute();

  await db.schema
    .createTable('goal_indicators')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('objective_id', 'text', (column) => column.notNull().references('goal_objectives.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('definition', 'text', (column) => column.notNull())
    .addColumn('measure_unit', 'text', (column) => column.notNull())
    .addColumn('direction', 'text', (column) => column.notNull())
    .addColumn('source_kind', 'text', (column) => column.notNull())
    .addColumn('source_code', 'text')
    .addColumn('baseline_value', 'double precision')
    .addColumn('baseline_on', 'text')
    .addColumn('owner_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('goal_indicators_objective').on('goal_indicators').columns(['organisation_id', 'objective_id']).execute();

  await db.schema
    .createTable('goal_indicator_targets')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (column) => column.notNull().references('goal_indicators.id').onDelete('cascade'))
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('target_value', 'double precision', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('goal_indicator_targets_pkey', ['indicator_id', 'year'])
    .execute();

  await db.schema
    .createTable('goal_rounds')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('opens_on', 'text', (column) => column.notNull())
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('invited_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('goal_rounds_process').on('goal_rounds').columns(['organisation_id', 'process_id', 'due_on']).execute();

  await db.schema
    .createTable('goal_actuals')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (column) => column.notNull().references('goal_indicators.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (column) => column.notNull().references('goal_rounds.id').onDelete('cascade'))
    .addColumn('actual_value', 'double precision', (column) => column.notNull())
    .addColumn('comment', 'text', (column) => column.notNull())
    .addColumn('reported_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('reported_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('goal_actuals_pkey', ['indicator_id', 'round_id'])
    .execute();
  await db.schema.createIndex('goal_actuals_round').on('goal_actuals').columns(['organisation_id', 'round_id']).execute();

  await db.schema
    .createTable('goal_report_links')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (column) => column.notNull().references('goal_rounds.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('goal_report_links_round')
    .on('goal_report_links')
    .columns(['organisation_id', 'round_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'goal_report_links',
    'goal_actuals',
    'goal_rounds',
    'goal_indicator_targets',
    'goal_indicators',
    'goal_objectives',
    'goals',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
