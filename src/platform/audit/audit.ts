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

/** Appends to the audit log; call inside the same transaction as the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry, now: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      organisation_id: entry.organisationId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId ?? null,
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? null,
      created_at: now.toISOString(),
    })
    .execute();
}
