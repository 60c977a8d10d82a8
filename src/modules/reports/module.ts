import { defineModule } from '../../platform/module.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { reportsPermissions } from './permissions.ts';
import { registerParticipationRoutes } from './routes/participation-routes.tsx';

/** A process's participation figures, its final report (HTML, XLSX, PDF) and its open data (raportit). */
export const reportsModule = defineModule({
  name: 'reports',
  messages: { fi, sv, en },
  permissions: reportsPermissions,
  routes: (app, context) => {
    registerParticipationRoutes(app, context);
  },
});
