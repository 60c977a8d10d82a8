import { defineModule } from '../../platform/module.ts';
import adminEn from './messages/admin.en.json' with { type: 'json' };
import adminFi from './messages/admin.fi.json' with { type: 'json' };
import adminSv from './messages/admin.sv.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { processPermissions } from './permissions.ts';
import { registerProcessAdminRoutes } from './routes/admin-routes.tsx';
import { registerProcessApiRoutes } from './routes/api-routes.ts';
import { registerProcessWriteApiRoutes } from './routes/api-write-routes.ts';
import { registerProcessPublicRoutes } from './routes/public-routes.tsx';
import { seedProcessesDemo } from './seed-demo.ts';

/** Processes with phases, bodies and the timeline; the public story page and its admin. */
export const processesModule = defineModule({
  name: 'processes',
  messages: { fi: { ...fi, ...adminFi }, sv: { ...sv, ...adminSv }, en: { ...en, ...adminEn } },
  permissions: processPermissions,
  seedDemo: seedProcessesDemo,
  adminLinks: [{ path: '/admin/processes', labelKey: 'processes.admin.navigation', permission: 'processes.admin.list' }],
  auditSubjects: {
    process: { table: 'processes', title: 'title', path: (id) => `/admin/processes/${id}` },
    phase: { table: 'process_phases', title: 'title' },
    body: { table: 'process_bodies', title: 'name' },
    timeline_item: { table: 'timeline_items', title: 'title' },
  },
  routes: async (app, context) => {
    registerProcessPublicRoutes(app, context);
    registerProcessApiRoutes(app, context);
    registerProcessWriteApiRoutes(app, context);
    registerProcessAdminRoutes(app, context);
  },
});
