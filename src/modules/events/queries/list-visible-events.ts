import type { Actor } from '../../../platform/authz/authz.ts';
import type { AppContext } from '../../../platform/module.ts';
import { listVisibleProcesses, type Process } from '../../processes/index.ts';
import type { EventSubject } from '../permissions.ts';
import type { Event } from './find-event.ts';
import { listEvents } from './list-events.ts';

/** An event with its process. */
export interface VisibleEvent {
  event: Event;
  process: Process;
}

/**
 * The events the actor may see across the organisation (or in one process),
 * in order of their start: the visible processes, then their events, then
 * the declared rule on each — three queries however many events there are.
 */
export async function listVisibleEvents(
  context: Pick<AppContext, 'db' | 'authorizer'>,
  actor: Actor,
  processId?: string,
): Promise<VisibleEvent[]> {
  const processes = (await listVisibleProcesses(context, actor))
    .map((entry) => entry.process)
    .filter((process) => !processId || process.id === processId);
  const byId = new Map(processes.map((process) => [process.id, process]));
  const events = await listEvents(context.db, actor.organisationId, { processIds: [...byId.keys()] });
  return events.flatMap((event) => {
    const process = byId.get(event.processId);
    if (!process) return [];
    const subject: EventSubject = { processId: process.id, processVisible: true, audience: event.audience };
    return context.authorizer.can(actor, 'events.event.view', subject) ? [{ event, process }] : [];
  });
}
