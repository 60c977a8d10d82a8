import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findPhaseForAdmin } from '../queries/admin-phases.ts';
import { auditProcessChange } from './command-support.ts';

/** Deletes a phase; its timeline items stay, without a phase (the foreign key sets null). */
export async function deletePhase(db: Db, actor: Actor, processId: string, phaseId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const phase = await findPhaseForAdmin(trx, actor.organisationId, processId, phaseId);
    if (!phase) throw refuse.notFound();
    await trx
      .deleteFrom('process_phases')
      .$call(inOrganisation(actor.organisationId, 'process_phases'))
      .where('process_id', '=', processId)
      .where('id', '=', phaseId)
      .execute();
    const details = { processId, title: phase.title.fi };
    await auditProcessChange(trx, actor, { action: 'processes.phase.delete', subjectType: 'phase', subjectId: phaseId, details }, now);
  });
}
