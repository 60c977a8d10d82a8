import type { Kysely } from 'kysely';

/** The units whose staff (and the staff of the units beneath them) may take part in a channel with the 'units' audience: a JSON array of unit ids. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('statement_channels')
    .addColumn('audience_unit_ids', 'text', (column) => column.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('statement_channels').dropColumn('audience_unit_ids').execute();
}
