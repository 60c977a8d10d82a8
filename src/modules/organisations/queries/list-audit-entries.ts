import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { invalid } from '../../../platform/http/errors.ts';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor.ts';
import '../../../platform/db/platform-tables.ts';

/** One line of the audit log, with the actor's display name. */
export interface AuditLogItem {
  id: string;
  createdAt: string;
  actor: { id: string; displayName: string | null } | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

/** A page of the log and the cursor of the next (older) page. */
export interface AuditLogPage {
  items: AuditLogItem[];
  nextCursor: string | null;
}

function toAuditLogItem(row: {
  id: string;
  created_at: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: string;
  ip: string | null;
  display_name: string | null;
}): AuditLogItem {
  return {
    id: row.id,
    createdAt: row.created_at,
    actor: row.actor_user_id ? { id: row.actor_user_id, displayName: row.display_name } : null,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: parseJsonColumn<Record<string, unknown>>(row.details, {}),
    ip: row.ip,
  };
}

/**
 * The organisation's audit log, newest first, optionally only actions that
 * start with `actionPrefix`. The actor's name comes from the accounts
 * module's users table (display_name only).
 */
export async function listAuditEntries(
  db: Db,
  organisationId: string,
  options: { limit: number; cursor?: string | undefined; actionPrefix?: string | undefined },
): Promise<AuditLogPage> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', (join) =>
      join.onRef('users.id', '=', 'audit_log.actor_user_id').onRef('users.organisation_id', '=', 'audit_log.organisation_id'),
    )
    .select([
      'audit_log.id',
      'audit_log.created_at',
      'audit_log.actor_user_id',
      'audit_log.action',
      'audit_log.subject_type',
      'audit_log.subject_id',
      'audit_log.details',
      'audit_log.ip',
      'users.display_name',
    ])
    .$call(inOrganisation(organisationId, 'audit_log'))
    .orderBy('audit_log.created_at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(options.limit + 1);
  if (options.cursor) {
    const after = decodeAuditCursor(options.cursor);
    if (!after) throw invalid({ cursor: { key: 'organisations.audit.badCursor' } });
    query = query.where((where) =>
      where.or([
        where('audit_log.created_at', '<', after.createdAt),
        where.and([where('audit_log.created_at', '=', after.createdAt), where('audit_log.id', '<', after.id)]),
      ]),
    );
  }
  if (options.actionPrefix) {
    // substr/length instead of LIKE: exact and case-sensitive on both engines, no wildcard escaping.
    const prefix = options.actionPrefix;
    query = query.where(sql<SqlBool>`substr(${sql.ref('audit_log.action')}, 1, ${sql.lit(prefix.length)}) = ${prefix}`);
  }
  const rows = await query.execute();
  const items = rows.slice(0, options.limit).map(toAuditLogItem);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > options.limit && last ? encodeAuditCursor(last) : null };
}
