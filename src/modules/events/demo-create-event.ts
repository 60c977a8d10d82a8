/** Creating a demo event in a demo process: its audience bodies by key and the timeline item of its day. */
import type { Actor } from '../../platform/authz/authz.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { AppContext } from '../../platform/module.ts';
import { createEvent } from './commands/create-event.ts';
import type { DemoEvent } from './demo-events.ts';

const TIME_ZONE = 'Europe/Helsinki';

async function timelineItemId(context: AppContext, organisationId: string, processId: string, startsOn: string) {
  const row = await context.db
    .selectFrom('timeline_items')
    .select('id')
    .$call(inOrganisation(organisationId, 'timeline_items'))
    .where('process_id', '=', processId)
    .where('starts_on', '=', startsOn)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The process a demo event belongs to and its bodies by key. */
export interface EventOwner {
  processId: string;
  bodyIds: Record<string, string>;
}

/** Creates a demo event in its process, linked to the timeline item that starts on the same day. */
export async function createDemoEvent(context: AppContext, actor: Actor, owner: EventOwner, demo: DemoEvent): Promise<string> {
  const { processId } = owner;
  const input = {
    ...demo.details,
    audienceBodyIds: demo.audienceBodyKeys.map((key) => owner.bodyIds[key]).filter((id): id is string => Boolean(id)),
    audienceUnitIds: [],
    timelineItemId: await timelineItemId(context, actor.organisationId, processId, demo.details.startsOn),
  };
  return createEvent(context.db, actor, processId, input, TIME_ZONE, new Date(demo.createdAt));
}
