import { defineModule } from '../../platform/module.ts';
import { deactivateUserAction, reactivateUserAction } from './actions/account-status.ts';
import { resetTwoFactorAction, updateSecuritySettingsAction } from './actions/admin-two-factor.tsx';
import { changePasswordAction } from './actions/change-password.ts';
import { createTokenAction } from './actions/create-token.tsx';
import { deleteAccountAction } from './actions/delete-account.tsx';
import { endOtherSessionsAction } from './actions/end-other-sessions.ts';
import { grantRoleAction } from './actions/grant-role.ts';
import { createIdentityProviderAction, updateIdentityProviderAction } from './actions/identity-providers.tsx';
import { importStaffAction } from './actions/import-staff.tsx';
import { placeUserAction } from './actions/place-user.ts';
import { revokeRoleAction } from './actions/revoke-role.ts';
import { revokeTokenAction } from './actions/revoke-token.ts';
import { sendInvitationAction } from './actions/send-invitation.ts';
import { setRolesAction } from './actions/set-roles.ts';
import { confirmTwoFactorAction, renewRecoveryCodesAction, setUpTwoFactorAction, turnOffTwoFactorAction } from './actions/two-factor.tsx';
import { updateProfileAction } from './actions/update-profile.ts';
import { invitationsJob } from './jobs/send-invitations.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { accountPermissions } from './permissions.ts';
import { accountsRetention } from './retention.ts';
import { registerAccountDeletionRoutes } from './routes/account-deletion-routes.tsx';
import { registerAccountRoutes } from './routes/account-routes.tsx';
import { registerAdminUserRoutes } from './routes/admin-user-routes.tsx';
import { registerInvitationRoutes } from './routes/invitation-routes.tsx';
import { registerMeApiRoutes } from './routes/me-api-routes.ts';
import { registerPasswordResetRoutes } from './routes/password-reset-routes.tsx';
import { registerSignInRoutes } from './routes/sign-in-routes.tsx';
import { registerSingleSignOnRoutes } from './routes/single-sign-on-routes.tsx';
import { registerStaffApiRoutes } from './routes/staff-api-routes.ts';
import { registerStaffDirectoryRoutes } from './routes/staff-directory-routes.tsx';
import { registerTwoFactorRoutes } from './routes/two-factor-routes.tsx';
import { registerUsersApiRoutes } from './routes/users-api-routes.ts';
import { seedAccountsDemo } from './seed-demo.ts';
import { registerStaffImportRoutes } from './staff-import/staff-import-routes.tsx';

/** Users, sign-in, sessions, roles, and each person's own data. */
export const accountsModule = defineModule({
  name: 'accounts',
  messages: { fi, sv, en },
  permissions: accountPermissions,
  seedDemo: seedAccountsDemo,
  jobs: [invitationsJob],
  retention: accountsRetention,
  adminLinks: [
    { path: '/admin/users', labelKey: 'accounts.admin.navigation', permission: 'accounts.users.manage' },
    { path: '/admin/staff', labelKey: 'accounts.staff.navigation', permission: 'accounts.staff.read' },
    { path: '/admin/staff/import', labelKey: 'accounts.staffImport.navigation', permission: 'accounts.users.manage' },
    { path: '/admin/security', labelKey: 'accounts.security.navigation', permission: 'accounts.users.manage' },
    { path: '/admin/single-sign-on', labelKey: 'accounts.sso.navigation', permission: 'accounts.users.manage' },
  ],
  auditSubjects: {
    user: { table: 'users', title: 'display_name', path: (id) => `/admin/users/${id}` },
    identity_provider: { table: 'account_identity_providers', title: 'name', path: (id) => `/admin/single-sign-on/${id}` },
  },
  actions: [
    updateProfileAction,
    changePasswordAction,
    endOtherSessionsAction,
    deleteAccountAction,
    createTokenAction,
    revokeTokenAction,
    grantRoleAction,
    revokeRoleAction,
    setRolesAction,
    placeUserAction,
    deactivateUserAction,
    reactivateUserAction,
    sendInvitationAction,
    importStaffAction,
    setUpTwoFactorAction,
    confirmTwoFactorAction,
    renewRecoveryCodesAction,
    turnOffTwoFactorAction,
    resetTwoFactorAction,
    updateSecuritySettingsAction,
    createIdentityProviderAction,
    updateIdentityProviderAction,
  ],
  routes: (app, context) => {
    registerSignInRoutes(app, context);
    registerTwoFactorRoutes(app, context);
    registerSingleSignOnRoutes(app, context);
    registerPasswordResetRoutes(app, context);
    registerInvitationRoutes(app, context);
    registerAccountRoutes(app, context);
    registerAccountDeletionRoutes(app, context);
    registerAdminUserRoutes(app, context);
    registerMeApiRoutes(app, context);
    registerUsersApiRoutes(app, context);
    registerStaffDirectoryRoutes(app, context);
    registerStaffApiRoutes(app, context);
    registerStaffImportRoutes(app, context);
  },
});
