import { defineModule } from '../../platform/module.ts';
import { publishReportAction } from './actions/publish-report.ts';
import { saveSectionAction } from './actions/save-section.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { reportsPermissions } from './permissions.ts';
import { reportsPersonalData } from './personal-data.ts';
import { registerReportsApiRoutes } from './routes/api-routes.ts';
import { registerParticipationRoutes } from './routes/participation-routes.tsx';
import { registerReportRoutes } from './routes/report-routes.tsx';

/** A process's participation figures, its final report (HTML, XLSX, PDF) and its open data (raportit). */
export const reportsModule = defineModule({
  name: 'reports',
  messages: { fi, sv, en },
  permissions: reportsPermissions,
  personalData: reportsPersonalData,
  adminLinks: [{ path: '/admin/reports', labelKey: 'reports.admin.navigation', permission: 'reports.admin.list' }],
  actions: [saveSectionAction, publishReportAction],
  openData: [
    {
      name: 'reports.openData',
      summary: 'A process’s open data as a zip of CSV and JSON with README.md and datapackage.json (every file and column), CC BY 4.0',
      path: '/processes/:slug/open-data',
      formats: ['zip'],
      access: 'public',
    },
    {
      name: 'reports.report',
      summary: 'A process’s published final report with its figures, themes, opinion groups, dialogue coverage and goals',
      path: '/processes/:slug/report',
      formats: ['json'],
      access: 'public',
    },
  ],
  routes: (app, context) => {
    registerParticipationRoutes(app, context);
    registerReportRoutes(app, context);
    registerReportsApiRoutes(app, context);
  },
});
