import { defineModule } from '../../platform/module.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { organisationPermissions } from './permissions.ts';
import { registerBrandingRoutes } from './routes/branding-routes.ts';
import { seedOrganisationDemo } from './seed-demo.ts';

/** Organisations (tenants) chosen by host name, their branding, and the unit tree. */
export const organisationsModule = defineModule({
  name: 'organisations',
  messages: { fi, sv, en },
  permissions: organisationPermissions,
  seedDemo: seedOrganisationDemo,
  routes: (app, context) => {
    registerBrandingRoutes(app, context);
  },
});
