import type { Kysely } from 'kysely';

/**
 * Statements channels with their statements, participants, votes (one row per
 * participant and statement: the primary key is the one-vote rule) and the
 * stored opinion-group snapshots.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('statement_channels')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('phase_id', 'text', (column) => column.references('process_phases.id').onDelete('set null'))
    .addColumn('question', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('draft'))
    .addColumn('audience', 'text', (column) => column.notNull().defaultTo('anyone'))
    .addColumn('audience_body_ids', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('participants_may_add', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('moderation', 'text', (column) => column.notNull().defaultTo('before'))
    .addColumn('opens_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('results_public', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_statement_number', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_participant_number', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('inputs_version', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('computed_version', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('recompute_requested_at', 'text')
    .addColumn('compute_lease_until', 'text')
    .addColumn('computed_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('statement_channels_process')
    .on('statement_channels')
    .columns(['organisation_id', 'process_id', 'created_at'])
    .execute();
  await db.schema.createIndex('statement_channels_requested').on('statement_channels').column('recompute_requested_at').execute();
  await db.schema.createIndex('statement_channels_lease').on('statement_channels').column('compute_lease_until').execute();

  await db.schema
    .createTable('statement_participants')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('channel_id', 'text', (column) => column.notNull().references('statement_channels.id').onDelete('cascade'))
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.references('users.id').onDelete('cascade'))
    .addColumn('browser_key', 'text')
    .addColumn('origin', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('statement_participants_number', ['channel_id', 'number'])
    .addUniqueConstraint('statement_participants_user', ['channel_id', 'user_id'])
    .addUniqueConstraint('statement_participants_browser', ['channel_id', 'browser_key'])
    .execute();

  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('channel_id', 'text', (column) => column.notNull().references('statement_channels.id').onDelete('cascade'))
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('origin', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('author_participant_id', 'text', (column) => column.references('statement_participants.id').onDelete('set null'))
    .addColumn('author_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('hidden_reason', 'text')
    .addColumn('moderated_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('moderated_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('statements_number', ['channel_id', 'number'])
    .execute();
  await db.schema.createIndex('statements_channel_status').on('statements').columns(['channel_id', 'status']).execute();

  await db.schema
    .createTable('statement_votes')
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('channel_id', 'text', (column) => column.notNull().references('statement_channels.id').onDelete('cascade'))
    .addColumn('statement_id', 'text', (column) => column.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (column) => column.notNull().references('statement_participants.id').onDelete('cascade'))
    .addColumn('vote', 'integer', (column) => column.notNull())
    .addColumn('first_voted_at', 'text', (column) => column.notNull())
    .addColumn('voted_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('statement_votes_one_per_participant', ['channel_id', 'statement_id', 'participant_id'])
    .execute();
  await db.schema.createIndex('statement_votes_participant').on('statement_votes').columns(['channel_id', 'participant_id']).execute();

  await db.schema
    .createTable('statement_snapshots')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('channel_id', 'text', (column) => column.notNull().references('statement_channels.id').onDelete('cascade'))
    .addColumn('inputs_digest', 'text', (column) => column.notNull())
    .addColumn('inputs', 'text', (column) => column.notNull())
    .addColumn('inputs_version', 'integer', (column) => column.notNull())
    .addColumn('seed', 'integer', (column) => column.notNull())
    .addColumn('result', 'text', (column) => column.notNull())
    .addColumn('result_digest', 'text', (column) => column.notNull())
    .addColumn('participant_count', 'integer', (column) => column.notNull())
    .addColumn('vote_count', 'integer', (column) => column.notNull())
    .addColumn('group_count', 'integer', (column) => column.notNull())
    .addColumn('computed_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('statement_snapshots_channel').on('statement_snapshots').columns(['channel_id', 'computed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('statement_snapshots').execute();
  await db.schema.dropTable('statement_votes').execute();
  await db.schema.dropTable('statements').execute();
  await db.schema.dropTable('statement_participants').execute();
  await db.schema.dropTable('statement_channels').execute();
}
