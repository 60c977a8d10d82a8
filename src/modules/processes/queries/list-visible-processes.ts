import type { Actor } from '../../../platform/authz/authz.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AppContext } from '../../../platform/module.ts';
import { type Process, toProcess } from './find-process.ts';
import { listPhases, type Phase } from './list-phases.ts';

/** A process with its phases, enough to show a card with the current phase. */
export interface ProcessWithPhases {
  process: Process;
  phases: Phase[];
}

/**
 * The organisation's processes the actor may see, newest first, each with its
 * phases: two queries. Visibility is decided by the declared rule, not
 * repeated in SQL; an organisation has a handful of processes, not thousands.
 */
export async function listVisibleProcesses(context: Pick<AppContext, 'db' | 'authorizer'>, actor: Actor): Promise<ProcessWithPhases[]> {
  const rows = await context.db
    .selectFrom('processes')
    .selectAll()
    .$call(inOrganisation(actor.organisationId, 'processes'))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const processes = rows.map(toProcess).filter((process) => context.authorizer.can(actor, 'processes.process.view', process));
  const phases = await listPhases(
    context.db,
    actor.organisationId,
    processes.map((process) => process.id),
  );
  return processes.map((process) => ({ process, phases: phases.filter((phase) => phase.processId === process.id) }));
}
