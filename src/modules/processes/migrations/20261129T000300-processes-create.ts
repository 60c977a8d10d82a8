import type { Kysely } from 'kysely';

/** Processes, their phases, bodies with members and sectors, and the timeline. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('processes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('slug', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('story', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('hero_image_url', 'text')
    .addColumn('hero_image_alt', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('hero_video_url', 'text')
    .addColumn('visibility', 'text', (column) => column.notNull().defaultTo('draft'))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('processes_organisation_slug', ['organisation_id', 'slug'])
    .execute();
  await db.schema
    .createTable('process_phases')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('starts_on', 'text', (column) => column.notNull())
    .addColumn('ends_on', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('process_phases_process').on('process_phases').columns(['process_id', 'position']).execute();
  await db.schema
    .createTable('process_bodies')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (column) => column.references('process_bodies.id').onDelete('set null'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('position', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('process_bodies_process').on('process_bodies').columns(['process_id', 'position']).execute();
  await db.schema
    .createTable('body_members')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('body_id', 'text', (column) => column.notNull().references('process_bodies.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('position_title', 'text', (column) => column.notNull())
    .addColumn('responsibility', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('sector_id', 'text')
    .addColumn('position', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('body_members_body').on('body_members').columns(['body_id', 'position']).execute();
  await db.schema
    .createTable('body_sectors')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('body_id', 'text', (column) => column.notNull().references('process_bodies.id').onDelete('cascade'))
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull().defaultTo(0))
    .addUniqueConstraint('body_sectors_key', ['body_id', 'key'])
    .execute();
  await db.schema
    .createTable('timeline_items')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('phase_id', 'text', (column) => column.references('process_phases.id').onDelete('set null'))
    .addColumn('starts_on', 'text', (column) => column.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('date_precision', 'text', (column) => column.notNull().defaultTo('day'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('purpose', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('responsible', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('timeline_items_process').on('timeline_items').columns(['process_id', 'starts_on']).execute();
  await db.schema
    .createTable('timeline_item_audiences')
    .addColumn('timeline_item_id', 'text', (column) => column.notNull().references('timeline_items.id').onDelete('cascade'))
    .addColumn('body_id', 'text', (column) => column.notNull().references('process_bodies.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('timeline_item_audiences_pk', ['timeline_item_id', 'body_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'timeline_item_audiences',
    'timeline_items',
    'body_sectors',
    'body_members',
    'process_bodies',
    'process_phases',
    'processes',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
