import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';

/**
 * Records a download of a round's coverage (every work community's status, figures and
 * lateness): a file that leaves the platform is recorded each time, as other modules' exports are.
 */
export async function recordCoverageExport(
  db: Db,
  actor: Actor,
  roundId: string,
  format: 'csv' | 'xlsx',
  ip: string | null,
  now: Date,
): Promise<void> {
  const entry = {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'dialogues.coverage.export',
    subjectType: 'dialogue_round',
    subjectId: roundId,
    details: { format },
    ip,
  };
  await recordAudit(db, entry, now);
}
