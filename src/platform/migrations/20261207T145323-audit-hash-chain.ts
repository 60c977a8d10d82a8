import { type Kysely, sql } from 'kysely';

/**
 * The audit log's hash chain: each new entry carries its number in its
 * organisation's chain, the previous entry's hash and its own hash (of its
 * content and the previous hash). One head row per organisation holds the last
 * number and hash (its row lock orders concurrent writers) and how many entries
 * were written before the chain began: those are counted, not chained.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('chain_seq', 'integer').execute();
  await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('row_hash', 'text').execute();
  await db.schema.createIndex('audit_log_chain').unique().on('audit_log').columns(['organisation_id', 'chain_seq']).execute();
  await db.schema
    .createTable('audit_chain_heads')
    .addColumn('organisation_id', 'text', (column) => column.primaryKey())
    .addColumn('seq', 'integer', (column) => column.notNull())
    .addColumn('last_hash', 'text', (column) => column.notNull())
    .addColumn('unchained_before', 'integer', (column) => column.notNull())
    .addColumn('started_at', 'text', (column) => column.notNull())
    .execute();
  const startedAt = new Date().toISOString();
  await sql`insert into audit_chain_heads (organisation_id, seq, last_hash, unchained_before, started_at)
    select organisation_id, 0, '', count(*), ${startedAt} from audit_log group by organisation_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_chain_heads').execute();
  await db.schema.dropIndex('audit_log_chain').execute();
  await db.schema.alterTable('audit_log').dropColumn('row_hash').execute();
  await db.schema.alterTable('audit_log').dropColumn('prev_hash').execute();
  await db.schema.alterTable('audit_log').dropColumn('chain_seq').execute();
}
