import type { Kysely } from 'kysely';

/** News posts (blog posts and media releases) and static pages. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('news_posts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.references('processes.id').onDelete('set null'))
    .addColumn('phase_id', 'text', (column) => column.references('process_phases.id').onDelete('set null'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('slug', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('body', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('video_url', 'text')
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('draft'))
    .addColumn('published_at', 'text')
    .addColumn('author_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('news_posts_organisation_slug', ['organisation_id', 'slug'])
    .execute();
  await db.schema.createIndex('news_posts_process_published').on('news_posts').columns(['process_id', 'status', 'published_at']).execute();
  await db.schema
    .createTable('news_pages')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('slug', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('news_pages_organisation_slug', ['organisation_id', 'slug'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('news_pages').execute();
  await db.schema.dropTable('news_posts').execute();
}
