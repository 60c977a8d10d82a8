import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findPhaseForAdmin } from '../queries/admin-phases.ts';
import type { PhaseInput } from '../schemas.ts';
import { auditProcessChange } from './command-support.ts';

/** Saves a phase's texts and dates; 404 unless the phase is the process's. */
export async function updatePhase(db: Db, actor: Actor, processId: string, phaseId: string, input: PhaseInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await findPhaseForAdmin(trx, actor.organisationId, processId, phaseId))) throw refuse.notFound();
    await trx
      .updateTable('process_phases')
      .set({
        title: JSON.stringify(input.title),
        description: JSON.stringify(input.description),
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'process_phases'))
      .where('process_id', '=', processId)
      .where('id', '=', phaseId)
      .execute();
    const details = { processId, title: input.title.fi };
    await auditProcessChange(trx, actor, { action: 'processes.phase.update', subjectType: 'phase', subjectId: phaseId, details }, now);
  });
}
