import type { Kysely } from 'kysely';

/**
 * Live workshops and seminars: prompts, small groups, participants who join by
 * code, their notes, the facilitator's clusters, dot votes and a seminar's
 * agreed outcome. `version` on a workshop rises with every change, so live
 * clients can resume from the last version they saw.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('event_id', 'text')
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('template', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('join_code', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('open'))
    .addColumn('access', 'text', (column) => column.notNull().defaultTo('code'))
    .addColumn('audience_ids', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('note_names', 'text', (column) => column.notNull().defaultTo('anonymous'))
    .addColumn('note_max_length', 'integer', (column) => column.notNull())
    .addColumn('notes_hidden', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('dots_per_participant', 'integer', (column) => column.notNull())
    .addColumn('results_public', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('current_prompt_id', 'text')
    .addColumn('locked', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('timer_ends_at', 'text')
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('workshops_join_code', ['organisation_id', 'join_code'])
    .execute();
  await db.schema.createIndex('workshops_process').on('workshops').columns(['organisation_id', 'process_id', 'created_at']).execute();
  await db.schema
    .createTable('workshop_prompts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('workshop_id', 'text', (column) => column.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('stage', 'text', (column) => column.notNull().defaultTo('pending'))
    .addColumn('revealed', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('workshop_prompts_workshop').on('workshop_prompts').columns(['workshop_id', 'position']).execute();
  await db.schema
    .createTable('workshop_groups')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('workshop_id', 'text', (column) => column.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('workshop_groups_workshop').on('workshop_groups').columns(['workshop_id', 'position']).execute();
  await db.schema
    .createTable('workshop_participants')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('workshop_id', 'text', (column) => column.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('browser_key', 'text')
    .addColumn('display_name', 'text')
    .addColumn('group_id', 'text', (column) => column.references('workshop_groups.id').onDelete('set null'))
    .addColumn('joined_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('workshop_participants_browser', ['workshop_id', 'browser_key'])
    .addUniqueConstraint('workshop_participants_user', ['workshop_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('workshop_clusters')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('workshop_id', 'text', (column) => column.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text', (column) => column.notNull().references('workshop_prompts.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (column) => column.references('workshop_groups.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('workshop_clusters_workshop').on('workshop_clusters').columns(['workshop_id', 'prompt_id']).execute();
  await db.schema
    .createTable('workshop_notes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('workshop_id', 'text', (column) => column.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text', (column) => column.notNull().references('workshop_prompts.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (column) => column.references('workshop_groups.id').onDelete('set null'))
    .addColumn('participant_id', 'text', (column) => column.notNull().references('workshop_participants.id').onDelete('cascade'))
    .addColumn('cluster_id', 'text', (column) => column.references('workshop_clusters.id').onDelete('set null'))
    .addColumn('merged_into_id', 'text', (column) => column.references('workshop_notes.id').onDelete('set null'))
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('author_name', 'text')
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('workshop_notes_workshop').on('workshop_notes').columns(['workshop_id', 'prompt_id', 'created_at']).execute();
  await db.schema.createIndex('workshop_notes_participant').on('workshop_notes').columns(['participant_id', 'created_at']).execute();
  await db.schema
    .createTable('workshop_votes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('workshop_id', 'text', (column) => column.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text', (column) => column.notNull().references('workshop_prompts.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (column) => column.notNull().references('workshop_participants.id').onDelete('cascade'))
    .addColumn('note_id', 'text', (column) => column.references('workshop_notes.id').onDelete('cascade'))
    .addColumn('cluster_id', 'text', (column) => column.references('workshop_clusters.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('workshop_votes_workshop').on('workshop_votes').columns(['workshop_id', 'prompt_id']).execute();
  await db.schema.createIndex('workshop_votes_participant').on('workshop_votes').columns(['participant_id', 'prompt_id']).execute();
  await db.schema
    .createTable('workshop_outcomes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('workshop_id', 'text', (column) => column.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('cluster_id', 'text', (column) => column.references('workshop_clusters.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('workshop_outcomes_workshop').on('workshop_outcomes').columns(['workshop_id', 'position']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'workshop_outcomes',
    'workshop_votes',
    'workshop_notes',
    'workshop_clusters',
    'workshop_participants',
    'workshop_groups',
    'workshop_prompts',
    'workshops',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
