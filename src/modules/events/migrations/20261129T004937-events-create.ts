import { type Kysely, type SqlBool, sql } from 'kysely';

const ACTIVE = sql<SqlBool>`status <> 'cancelled'`;

async function createEvents(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('timeline_item_id', 'text', (column) => column.references('timeline_items.id').onDelete('set null'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('agenda', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('summary', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('starts_at', 'text', (column) => column.notNull())
    .addColumn('ends_at', 'text', (column) => column.notNull())
    .addColumn('place', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('online_url', 'text')
    .addColumn('audience', 'text', (column) => column.notNull().defaultTo('public'))
    .addColumn('responsible', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('planned'))
    .addColumn('registration_mode', 'text', (column) => column.notNull().defaultTo('none'))
    .addColumn('capacity', 'integer')
    .addColumn('quota_attribute', 'text', (column) => column.notNull().defaultTo('none'))
    .addColumn('registration_deadline', 'text')
    .addColumn('quota_release_at', 'text')
    .addColumn('quotas_released_at', 'text')
    .addColumn('answers_retention_days', 'integer', (column) => column.notNull().defaultTo(30))
    .addColumn('answers_purged_at', 'text')
    .addColumn('sequence', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('registration_seq', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('events_organisation_start').on('events').columns(['organisation_id', 'starts_at']).execute();
  await db.schema.createIndex('events_process_start').on('events').columns(['process_id', 'starts_at']).execute();
  await db.schema
    .createTable('event_audience_bodies')
    .addColumn('event_id', 'text', (column) => column.notNull().references('events.id').onDelete('cascade'))
    .addColumn('body_id', 'text', (column) => column.notNull().references('process_bodies.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('event_audience_bodies_pk', ['event_id', 'body_id'])
    .execute();
}

async function createSeatRules(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('event_quotas')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('event_id', 'text', (column) => column.notNull().references('events.id').onDelete('cascade'))
    .addColumn('attribute_value', 'text', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('seats', 'integer', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addUniqueConstraint('event_quotas_value', ['event_id', 'attribute_value'])
    .execute();
  await db.schema
    .createTable('event_questions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('event_id', 'text', (column) => column.notNull().references('events.id').onDelete('cascade'))
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('required', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('position', 'integer', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('event_questions_event').on('event_questions').columns(['event_id', 'position']).execute();
}

async function createRegistrations(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('event_registrations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('event_id', 'text', (column) => column.notNull().references('events.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('pool', 'text')
    .addColumn('quota_id', 'text', (column) => column.references('event_quotas.id').onDelete('set null'))
    .addColumn('attribute_value', 'text')
    .addColumn('user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('link_hash', 'text', (column) => column.notNull().unique())
    .addColumn('invitation_id', 'text')
    .addColumn('site_origin', 'text', (column) => column.notNull())
    .addColumn('checked_in_at', 'text')
    .addColumn('reminder_claim', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('event_registrations_order', ['event_id', 'seq'])
    .execute();
  await db.schema.createIndex('event_registrations_status').on('event_registrations').columns(['event_id', 'status', 'seq']).execute();
  // One active registration per person and event, whatever races the requests run.
  await db.schema
    .createIndex('event_registrations_email')
    .on('event_registrations')
    .columns(['event_id', 'email'])
    .unique()
    .where(ACTIVE)
    .execute();
  await db.schema
    .createIndex('event_registrations_user')
    .on('event_registrations')
    .columns(['event_id', 'user_id'])
    .unique()
    .where(sql<SqlBool>`user_id is not null and status <> 'cancelled'`)
    .execute();
}

async function createAnswersAndInvitations(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('event_answers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('event_id', 'text', (column) => column.notNull().references('events.id').onDelete('cascade'))
    .addColumn('registration_id', 'text', (column) => column.notNull().references('event_registrations.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (column) => column.notNull().references('event_questions.id').onDelete('cascade'))
    .addColumn('value', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('event_answers_event').on('event_answers').columns(['event_id', 'registration_id']).execute();
  await db.schema
    .createTable('event_invitations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('event_id', 'text', (column) => column.notNull().references('events.id').onDelete('cascade'))
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('body_id', 'text', (column) => column.references('process_bodies.id').onDelete('set null'))
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('link_hash', 'text', (column) => column.notNull().unique())
    .addColumn('registration_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('event_invitations_email', ['event_id', 'email'])
    .execute();
}

/**
 * Events with their audience, quotas and extra questions; registrations in
 * registration order with partial unique indexes that allow one active
 * registration per person; answers (deleted after the event) and invitations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createEvents(db);
  await createSeatRules(db);
  await createRegistrations(db);
  await createAnswersAndInvitations(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'event_invitations',
    'event_answers',
    'event_registrations',
    'event_questions',
    'event_quotas',
    'event_audience_bodies',
    'events',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
