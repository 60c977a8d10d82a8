import type { AppContext } from '../../../platform/module.ts';
import type { RealtimeHub } from '../../../platform/realtime/hub.ts';
import { LiveRooms, type RoomTiming } from '../../../platform/realtime/live-rooms.ts';
import type { WorkshopState } from '../model.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { type LiveViewer, personalView, sharedView, viewerClass } from './live-view.ts';

/** Live rooms of workshops: one per workshop, keyed by organisation and workshop so a load is always scoped. */
export class WorkshopLive {
  readonly rooms: LiveRooms<WorkshopState, LiveViewer>;

  constructor(context: AppContext, hub: RealtimeHub, timing?: RoomTiming, log?: (message: string, error?: unknown) => void) {
    this.rooms = new LiveRooms<WorkshopState, LiveViewer>(
      hub,
      'workshops',
      {
        load: (roomId) => {
          const [organisationId = '', workshopId = ''] = roomId.split('/');
          return loadWorkshopState(context.db, organisationId, workshopId);
        },
        version: (state) => state.workshop.version,
        classOf: viewerClass,
        shared: sharedView,
        personal: personalView,
      },
      timing,
      log,
    );
  }

  /** The room id of a workshop. */
  static roomId(workshop: { organisationId: string; id: string }): string {
    return `${workshop.organisationId}/${workshop.id}`;
  }

  /** Tells every app process that the workshop changed (after the change has committed). */
  changed(workshop: { organisationId: string; id: string }): Promise<void> {
    return this.rooms.changed(WorkshopLive.roomId(workshop));
  }
}
