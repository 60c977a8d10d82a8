import { defineModule } from '../../platform/module.ts';
import { createUnitAction } from './actions/create-unit.ts';
import { deleteUnitAction } from './actions/delete-unit.ts';
import { updateSettingsAction } from './actions/update-settings.ts';
import { updateUnitAction } from './actions/update-unit.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { organisationPermissions } from './permissions.ts';
import { registerAuditApi } from './routes/audit-api.ts';
import { registerAuditRoutes } from './routes/audit-routes.tsx';
import { registerBrandingRoutes } from './routes/branding-routes.ts';
import { registerDashboardRoutes } from './routes/dashboard-routes.tsx';
import { registerJobsRoutes } from './routes/jobs-routes.tsx';
import { registerOrganisationApi } from './routes/organisation-api.ts';
import { registerSettingsRoutes } from './routes/settings-routes.tsx';
import { registerUnitApi } from './routes/unit-api.ts';
import { registerUnitDeleteRoutes } from './routes/unit-delete-routes.tsx';
import { registerUnitRoutes } from './routes/unit-routes.tsx';
import { seedOrganisationDemo } from './seed-demo.ts';

/** Organisations (tenants) chosen by host name, their branding, the unit tree, the admin home, the audit log and the background jobs' page. */
export const organisationsModule = defineModule({
  name: 'organisations',
  messages: { fi, sv, en },
  permissions: organisationPermissions,
  seedDemo: seedOrganisationDemo,
  adminLinks: [
    { path: '/admin/organisation', labelKey: 'organisations.admin.settings', permission: 'organisations.settings.update' },
    { path: '/admin/units', labelKey: 'organisations.admin.units', permission: 'organisations.units.manage' },
    { path: '/admin/audit', labelKey: 'organisations.admin.audit', permission: 'organisations.audit.read' },
    { path: '/admin/jobs', labelKey: 'organisations.admin.jobs', permission: 'organisations.jobs.read' },
  ],
  auditSubjects: { unit: { table: 'units', title: 'name', path: (id) => `/admin/units/${id}/edit` } },
  actions: [updateSettingsAction, createUnitAction, updateUnitAction, deleteUnitAction],
  routes: (app, context) => {
    registerBrandingRoutes(app, context);
    registerDashboardRoutes(app, context);
    registerSettingsRoutes(app, context);
    registerUnitRoutes(app, context);
    registerUnitDeleteRoutes(app, context);
    registerAuditRoutes(app, context);
    registerJobsRoutes(app, context);
    registerOrganisationApi(app, context);
    registerUnitApi(app, context);
    registerAuditApi(app, context);
  },
});
