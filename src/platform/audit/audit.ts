import { createHash } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import '../db/platform-tables.ts';

/** One administrative action or read of personal data. */
export interface AuditEntry {
  organisationId: string;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

function rowOf(entry: AuditEntry, createdAt: string) {
  return {
    id: newId(),
    organisation_id: entry.organisationId,
    actor_user_id: entry.actorUserId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    ip: entry.ip ?? null,
    created_at: createdAt,
    chain_seq: 0,
    prev_hash: '',
    row_hash: '',
  };
}

type AuditRow = ReturnType<typeof rowOf>;

/** The fields an entry's hash covers, in a fixed order. */
export type ChainedContent = Pick<
  AuditRow,
  | 'id'
  | 'organisation_id'
  | 'actor_user_id'
  | 'action'
  | 'subject_type'
  | 'subject_id'
  | 'details'
  | 'ip'
  | 'created_at'
  | 'chain_seq'
  | 'prev_hash'
>;

/** SHA-256 (hex) of the previous entry's hash and this entry's content, as a JSON array in a fixed order. */
export function auditRowHash(row: ChainedContent): string {
  const content = [
    row.organisation_id,
    Number(row.chain_seq),
    row.prev_hash,
    row.id,
    row.actor_user_id,
    row.action,
    row.subject_type,
    row.subject_id,
    row.details,
    row.ip,
    row.created_at,
  ];
  return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex');
}

/**
 * Takes the organisation's chain head under a row lock (an update, so PostgreSQL holds the
 * row until the transaction ends and SQLite takes its write lock): concurrent writers of one
 * organisation's entries line up here, and each chains to the one before it.
 */
async function lockChainHead(trx: Db, organisationId: string, now: string): Promise<{ seq: number; last_hash: string }> {
  const take = () =>
    trx
      .updateTable('audit_chain_heads')
      .set({ seq: sql<number>`seq` })
      .where('organisation_id', '=', organisationId)
      .returning(['seq', 'last_hash'])
      .executeTakeFirst();
  const head = await take();
  if (head) return { seq: Number(head.seq), last_hash: head.last_hash };
  await trx
    .insertInto('audit_chain_heads')
    .values({ organisation_id: organisationId, seq: 0, last_hash: '', unchained_before: 0, started_at: now })
    .onConflict((conflict) => conflict.column('organisation_id').doNothing())
    .execute();
  const created = await take();
  if (!created) throw new Error(`The audit chain of organisation ${organisationId} could not be started.`);
  return { seq: Number(created.seq), last_hash: created.last_hash };
}

/**
 * Numbers and hashes the rows in order, each organisation's after its chain's head, and
 * moves the heads on. Heads are locked in the order of the organisations' ids, so two
 * writers never wait for each other crosswise.
 */
async function chainRows<T>(db: Db, rows: AuditRow[], insert: (trx: Db) => Promise<T>): Promise<T> {
  const work = async (trx: Db) => {
    const organisations = [...new Set(rows.map((row) => row.organisation_id))].sort();
    const heads = new Map<string, { seq: number; last_hash: string }>();
    const startedAt = new Date().toISOString();
    for (const organisationId of organisations) heads.set(organisationId, await lockChainHead(trx, organisationId, startedAt));
    for (const row of rows) {
      const head = heads.get(row.organisation_id) as { seq: number; last_hash: string };
      row.chain_seq = head.seq + 1;
      row.prev_hash = head.last_hash;
      row.row_hash = auditRowHash(row);
      head.seq = row.chain_seq;
      head.last_hash = row.row_hash;
    }
    const result = await insert(trx);
    for (const [organisationId, head] of heads) {
      await trx
        .updateTable('audit_chain_heads')
        .set({ seq: head.seq, last_hash: head.last_hash })
        .where('organisation_id', '=', organisationId)
        .execute();
    }
    return result;
  };
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Appends to the audit log; call inside the same transaction as the change it records (alone,
 * it takes a transaction of its own). The entry is chained: see `verifyAuditChain`.
 */
export async function recordAudit(db: Db, entry: AuditEntry, now: Date): Promise<void> {
  const row = rowOf(entry, now.toISOString());
  await chainRows(db, [row], (trx) => trx.insertInto('audit_log').values(row).execute());
}

/**
 * Entries per statement: twelve bound values each keeps a statement well under
 * SQLite's (32,766) and PostgreSQL's (65,535) limits on bound values.
 */
const AUDIT_ROWS_PER_STATEMENT = 400;

const AUDIT_COLUMNS = [
  'id',
  'organisation_id',
  'actor_user_id',
  'action',
  'subject_type',
  'subject_id',
  'details',
  'ip',
  'created_at',
  'chain_seq',
  'prev_hash',
  'row_hash',
] as const;

/** The compiled SQL of an insert of `rows` entries, by dialect (its adapter) and row count: the dialect's own placeholders, built once. */
const insertSql = new Map<string, Map<number, string>>();

function insertSqlFor(db: Db, rows: number): string {
  const dialect = db.getExecutor().adapter.constructor.name;
  let byRows = insertSql.get(dialect);
  if (!byRows) {
    byRows = new Map();
    insertSql.set(dialect, byRows);
  }
  let text = byRows.get(rows);
  if (!text) {
    const blank = Object.fromEntries(AUDIT_COLUMNS.map((column) => [column, ''])) as unknown as AuditRow;
    text = db
      .insertInto('audit_log')
      .values(Array.from({ length: rows }, () => blank))
      .compile().sql;
    byRows.set(rows, text);
  }
  return text;
}

/**
 * Appends many entries at once (an import's thousands of changes), a few
 * hundred rows per statement; call inside the transaction of the changes.
 * The entries are the same as `recordAudit` would write one by one. The
 * statement is compiled once per size and only its values are bound after,
 * so 20,000 entries cost little more than the driver's own inserts.
 */
export async function recordAuditMany(db: Db, entries: readonly AuditEntry[], now: Date): Promise<void> {
  if (entries.length === 0) return;
  const createdAt = now.toISOString();
  const rows = entries.map((entry) => rowOf(entry, createdAt));
  await chainRows(db, rows, async (trx) => {
    for (let start = 0; start < rows.length; start += AUDIT_ROWS_PER_STATEMENT) {
      const part = rows.slice(start, start + AUDIT_ROWS_PER_STATEMENT);
      const parameters: unknown[] = [];
      for (const row of part) for (const column of AUDIT_COLUMNS) parameters.push(row[column]);
      await trx.executeQuery(CompiledQuery.raw(insertSqlFor(trx, part.length), parameters));
    }
  });
}
