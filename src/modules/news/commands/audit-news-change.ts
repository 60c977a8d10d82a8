import { type AuditEntry, recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { bumpPageVersion } from '../../../platform/http/page-cache.ts';

/**
 * Records a change to a post or page and moves the organisation's page version on
 * (cached public pages list the news); call it inside the transaction that makes the
 * change, as its last step.
 */
export async function auditNewsChange(trx: Db, entry: AuditEntry, now: Date): Promise<void> {
  await recordAudit(trx, entry, now);
  await bumpPageVersion(trx, entry.organisationId);
}
