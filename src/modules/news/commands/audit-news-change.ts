import { type AuditEntry, recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';

/**
 * Records a change to a post or page; call it inside the transaction that makes the
 * change, as its last step. The cached public pages that list the news are the
 * actions' to invalidate after the commit (`invalidatePages`).
 */
export async function auditNewsChange(trx: Db, entry: AuditEntry, now: Date): Promise<void> {
  await recordAudit(trx, entry, now);
}
