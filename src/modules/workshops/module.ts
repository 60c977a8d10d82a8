import { defineModule } from '../../platform/module.ts';
import { createRealtimeHub } from '../../platform/realtime/hub.ts';
import { registerWebSockets } from '../../platform/realtime/websocket.ts';
import { WorkshopLive } from './live/workshop-live.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { workshopPermissions } from './permissions.ts';
import { registerAdminRoutes } from './routes/admin-routes.tsx';
import { registerFacilitatorApi } from './routes/api-facilitator-routes.ts';
import { registerRoomApi } from './routes/api-room-routes.ts';
import { registerWorkshopApi } from './routes/api-workshop-routes.ts';
import { registerConsoleRoutes } from './routes/console-routes.tsx';
import { registerExportRoutes } from './routes/export-routes.ts';
import { registerJoinRoutes } from './routes/join-routes.tsx';
import { registerLiveRoutes } from './routes/live-routes.ts';
import { registerProjectorRoutes } from './routes/projector-routes.tsx';
import { registerResultsRoutes } from './routes/results-routes.tsx';
import { registerRoomRoutes } from './routes/room-routes.tsx';
import { seedWorkshopsDemo } from './seed-demo.ts';

/** Live workshops and seminars: join by code, notes, clusters, dot votes, projector view, results and contributions. */
export const workshopsModule = defineModule({
  name: 'workshops',
  messages: { fi, sv, en },
  permissions: workshopPermissions,
  seedDemo: seedWorkshopsDemo,
  adminLinks: [{ path: '/admin/workshops', labelKey: 'workshops.admin.navigation', permission: 'workshops.admin.list' }],
  auditSubjects: { workshop: { table: 'workshops', title: 'title', path: (id) => `/admin/workshops/${id}` } },
  routes: async (app, context) => {
    await registerWebSockets(app);
    const hub = createRealtimeHub({
      dialect: context.dialect,
      target: context.config.database,
      db: context.db,
      log: (message, error) => app.log.warn({ err: error }, message),
    });
    const live = new WorkshopLive(context, hub, undefined, (message, error) => app.log.warn({ err: error }, message));
    app.addHook('onClose', async () => {
      live.rooms.close();
      await hub.close();
    });
    registerLiveRoutes(app, context, live);
    registerWorkshopApi(app, context, live);
    registerRoomApi(app, context, live);
    registerFacilitatorApi(app, context, live);
    registerExportRoutes(app, context);
    registerJoinRoutes(app, context, live);
    registerRoomRoutes(app, context, live);
    registerResultsRoutes(app, context);
    registerAdminRoutes(app, context, live);
    registerConsoleRoutes(app, context, live);
    registerProjectorRoutes(app, context);
  },
});
