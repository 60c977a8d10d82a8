import type { AppContext } from '../../../platform/module.ts';
import type { Workshop } from '../model.ts';
import type { WorkshopLive } from './workshop-live.ts';

/** Each app's live rooms, set by the module's `routes` (which the actions, registered after them, reach). */
const lives = new WeakMap<AppContext, WorkshopLive>();

/** Makes the app's live rooms reachable from its actions. */
export function attachWorkshopLive(context: AppContext, live: WorkshopLive): void {
  lives.set(context, live);
}

/** The app's live rooms (started by the manifest's `live` before the routes). */
export function workshopLiveOf(context: AppContext): WorkshopLive {
  const live = lives.get(context);
  if (!live) throw new Error('The workshops module’s live rooms are not attached to this app');
  return live;
}

/** Tells the workshop's live rooms (in every app process) that it changed; after the change has committed. */
export async function tellRoom(context: AppContext, workshop: Pick<Workshop, 'organisationId' | 'id'>): Promise<void> {
  await workshopLiveOf(context).changed(workshop);
}

/** After-commit: the live rooms of the action's workshop are told it changed. */
export function roomChanged(call: { context: AppContext; subject: { workshop: Workshop } }): Promise<void> {
  return tellRoom(call.context, call.subject.workshop);
}
