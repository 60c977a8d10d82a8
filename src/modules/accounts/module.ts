import { defineModule } from '../../platform/module.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { accountPermissions } from './permissions.ts';
import { registerSignInRoutes } from './routes/sign-in-routes.tsx';
import { seedAccountsDemo } from './seed-demo.ts';

/** Users, sign-in, sessions, roles, and each person's own data. */
export const accountsModule = defineModule({
  name: 'accounts',
  messages: { fi, sv, en },
  permissions: accountPermissions,
  seedDemo: seedAccountsDemo,
  routes: (app, context) => {
    registerSignInRoutes(app, context);
  },
});
