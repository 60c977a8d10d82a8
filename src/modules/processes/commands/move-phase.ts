import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { listPhasesForAdmin } from '../queries/admin-phases.ts';
import { auditProcessChange } from './command-support.ts';

/**
 * Moves a phase one step up or down. Every phase is renumbered 0…n-1, so
 * positions stay unique even if older rows shared one. At either end it is a no-op.
 */
export async function movePhase(
  db: Db,
  actor: Actor,
  processId: string,
  phaseId: string,
  direction: 'up' | 'down',
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const phases = await listPhasesForAdmin(trx, actor.organisationId, processId);
    const index = phases.findIndex((phase) => phase.id === phaseId);
    if (index === -1) throw refuse.notFound();
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= phases.length) return;
    const order = phases.map((phase) => phase.id);
    [order[index], order[target]] = [order[target] as string, order[index] as string];
    for (const [position, id] of order.entries()) {
      await trx
        .updateTable('process_phases')
        .set({ position, updated_at: now.toISOString() })
        .$call(inOrganisation(actor.organisationId, 'process_phases'))
        .where('process_id', '=', processId)
        .where('id', '=', id)
        .execute();
    }
    const details = { processId, direction, position: target };
    await auditProcessChange(trx, actor, { action: 'processes.phase.move', subjectType: 'phase', subjectId: phaseId, details }, now);
  });
}
