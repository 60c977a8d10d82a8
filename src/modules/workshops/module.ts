import { defineModule } from '../../platform/module.ts';
import { castVoteAction } from './actions/cast-vote.ts';
import { closeWorkshopAction } from './actions/close-workshop.ts';
import { createClusterAction } from './actions/create-cluster.ts';
import { createWorkshopAction } from './actions/create-workshop.ts';
import { deleteClusterAction } from './actions/delete-cluster.ts';
import { editNoteAction } from './actions/edit-note.ts';
import { hideNoteAction } from './actions/hide-note.ts';
import { joinWorkshopAction } from './actions/join-workshop.ts';
import { mergeNoteAction } from './actions/merge-note.ts';
import { moveNoteAction } from './actions/move-note.ts';
import { postNoteAction } from './actions/post-note.ts';
import { removeVoteAction } from './actions/remove-vote.ts';
import { renameClusterAction } from './actions/rename-cluster.ts';
import { reopenWorkshopAction } from './actions/reopen-workshop.ts';
import { revealPromptAction } from './actions/reveal-prompt.ts';
import { separateNoteAction } from './actions/separate-note.ts';
import { setLockAction } from './actions/set-lock.ts';
import { setStageAction } from './actions/set-stage.ts';
import { setTimerAction } from './actions/set-timer.ts';
import { unhideNoteAction } from './actions/unhide-note.ts';
import { updateWorkshopAction } from './actions/update-workshop.ts';
import { withdrawNoteAction } from './actions/withdraw-note.ts';
import { workshopsHappenings } from './happenings.ts';
import { attachWorkshopLive, workshopLiveOf } from './live/live-registry.ts';
import { WorkshopLive } from './live/workshop-live.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { workshopPermissions } from './permissions.ts';
import { workshopsPersonalData } from './personal-data.ts';
import { workshopParticipation, workshopProcessChannels } from './process-channels.ts';
import { workshopsRetention } from './retention.ts';
import { registerAdminRoutes } from './routes/admin-routes.tsx';
import { registerWorkshopApi } from './routes/api-workshop-routes.ts';
import { registerConsoleRoutes } from './routes/console-routes.tsx';
import { registerExportRoutes } from './routes/export-routes.ts';
import { registerJoinRoutes } from './routes/join-routes.tsx';
import { registerLiveRoutes } from './routes/live-routes.ts';
import { registerProjectorRoutes } from './routes/projector-routes.tsx';
import { registerResultsRoutes } from './routes/results-routes.tsx';
import { registerRoomRoutes } from './routes/room-routes.tsx';
import { workshopsSearchSource } from './search-source.ts';
import { seedWorkshopsDemo } from './seed-demo.ts';

/** Live workshops and seminars: join by code, notes, clusters, dot votes, projector view, results and contributions. */
export const workshopsModule = defineModule({
  name: 'workshops',
  searchSources: [workshopsSearchSource],
  messages: { fi, sv, en },
  happenings: workshopsHappenings,
  processChannels: workshopProcessChannels,
  participation: workshopParticipation,
  permissions: workshopPermissions,
  personalData: workshopsPersonalData,
  retention: workshopsRetention,
  seedDemo: seedWorkshopsDemo,
  adminLinks: [{ path: '/admin/workshops', labelKey: 'workshops.admin.navigation', permission: 'workshops.admin.list' }],
  auditSubjects: { workshop: { table: 'workshops', title: 'title', path: (id) => `/admin/workshops/${id}` } },
  actions: [
    // The facilitator's set-up, closing and reopening.
    createWorkshopAction,
    updateWorkshopAction,
    closeWorkshopAction,
    reopenWorkshopAction,
    // The facilitator steering the live room (the console's forms and its script).
    setStageAction,
    revealPromptAction,
    createClusterAction,
    renameClusterAction,
    deleteClusterAction,
    moveNoteAction,
    mergeNoteAction,
    separateNoteAction,
    hideNoteAction,
    unhideNoteAction,
    setTimerAction,
    setLockAction,
    // The participant: joining, notes and dots.
    joinWorkshopAction,
    postNoteAction,
    editNoteAction,
    withdrawNoteAction,
    castVoteAction,
    removeVoteAction,
  ],
  live: {
    rooms: 'a workshop’s room, console and projector: notes, clusters, dots, stage and timer as they change',
    start: (context, hub, log) => {
      const live = new WorkshopLive(context, hub, undefined, log);
      // The routes and the actions reach the rooms through the context.
      attachWorkshopLive(context, live);
      return { close: () => live.rooms.close() };
    },
  },
  openData: [
    {
      name: 'workshops.notes',
      summary: 'Every note of a workshop with its prompt, group, cluster and dots',
      path: '/workshops/:id/export',
      formats: ['csv', 'json'],
      access: 'workshops.results.export',
    },
  ],
  routes: async (app, context) => {
    registerLiveRoutes(app, context, workshopLiveOf(context));
    registerWorkshopApi(app, context);
    registerExportRoutes(app, context);
    registerJoinRoutes(app, context);
    registerRoomRoutes(app, context);
    registerResultsRoutes(app, context);
    registerAdminRoutes(app, context);
    registerConsoleRoutes(app, context);
    registerProjectorRoutes(app, context);
  },
});
