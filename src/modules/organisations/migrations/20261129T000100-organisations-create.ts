import type { Kysely } from 'kysely';

/** Organisations (tenants), their host names, and the unit tree. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('slug', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('logo_url', 'text')
    .addColumn('accent_color', 'text')
    .addColumn('locales', 'text', (column) => column.notNull().defaultTo('["fi","sv","en"]'))
    .addColumn('time_zone', 'text', (column) => column.notNull().defaultTo('Europe/Helsinki'))
    .addColumn('allow_sign_up', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('is_default', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('organisation_hosts')
    .addColumn('host', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (column) => column.references('units.id').onDelete('restrict'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('headcount', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('position', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('units_organisation_parent').on('units').columns(['organisation_id', 'parent_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('units').execute();
  await db.schema.dropTable('organisation_hosts').execute();
  await db.schema.dropTable('organisations').execute();
}
