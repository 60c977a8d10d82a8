import { type Actor, definePermissions, hasRoleInUnit, isAdmin } from '../../platform/authz/authz.ts';

/** Who may manage accounts: each person their own, admins everyone's roles. */
export const accountPermissions = definePermissions({
  'accounts.ownAccount.manage': (actor: Actor) => actor.userId !== null,
  'accounts.users.manage': (actor: Actor) => isAdmin(actor),
  /**
   * The staff directory: admins see every unit; a unit manager (or a work community's lead,
   * a unit manager scoped to it) the unit and what is beneath it. Without a subject: whether
   * the actor may open the directory at all; with `unitPath` (a unit and its ancestors): that unit.
   */
  'accounts.staff.read': (actor: Actor, subject?: { unitPath: readonly string[] }) =>
    isAdmin(actor) ||
    (subject
      ? hasRoleInUnit(actor, 'unit_manager', subject.unitPath)
      : actor.grants.some((grant) => grant.role === 'unit_manager' && grant.scopeType !== 'process')),
});
