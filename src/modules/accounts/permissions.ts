import { type Actor, definePermissions, isAdmin } from '../../platform/authz/authz.ts';

/** Who may manage accounts: each person their own, admins everyone's roles. */
export const accountPermissions = definePermissions({
  'accounts.ownAccount.manage': (actor: Actor) => actor.userId !== null,
  'accounts.users.manage': (actor: Actor) => isAdmin(actor),
});
