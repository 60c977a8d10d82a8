import type { Kysely } from 'kysely';

/** The units an event with the 'units' audience is for: their staff and the staff of every unit beneath them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('event_audience_units')
    .addColumn('event_id', 'text', (column) => column.notNull().references('events.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (column) => column.notNull().references('units.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('event_audience_units_pk', ['event_id', 'unit_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('event_audience_units').execute();
}
