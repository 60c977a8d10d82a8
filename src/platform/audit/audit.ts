import { CompiledQuery } from 'kysely';
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
  };
}

/** Appends to the audit log; call inside the same transaction as the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry, now: Date): Promise<void> {
  await db.insertInto('audit_log').values(rowOf(entry, now.toISOString())).execute();
}

/**
 * Entries per statement: nine bound values each keeps a statement well under
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
] as const;

/** The compiled SQL of an insert of `rows` entries, by database and row count: the dialect's own placeholders, built once. */
const insertSql = new WeakMap<Db, Map<number, string>>();

function insertSqlFor(db: Db, rows: number): string {
  let byRows = insertSql.get(db);
  if (!byRows) {
    byRows = new Map();
    insertSql.set(db, byRows);
  }
  let text = byRows.get(rows);
  if (!text) {
    const blank = Object.fromEntries(AUDIT_COLUMNS.map((column) => [column, ''])) as ReturnType<typeof rowOf>;
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
  const createdAt = now.toISOString();
  for (let start = 0; start < entries.length; start += AUDIT_ROWS_PER_STATEMENT) {
    const part = entries.slice(start, start + AUDIT_ROWS_PER_STATEMENT);
    const parameters: unknown[] = [];
    for (const entry of part) {
      const row = rowOf(entry, createdAt);
      for (const column of AUDIT_COLUMNS) parameters.push(row[column]);
    }
    await db.executeQuery(CompiledQuery.raw(insertSqlFor(db, part.length), parameters));
  }
}
