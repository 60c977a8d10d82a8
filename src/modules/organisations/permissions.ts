import { type Actor, definePermissions, isAdmin } from '../../platform/authz/authz.ts';

/** Who may change the organisation, its units and read its audit log. */
export const organisationPermissions = definePermissions({
  'organisations.settings.update': (actor: Actor) => isAdmin(actor),
  'organisations.units.manage': (actor: Actor) => isAdmin(actor),
  'organisations.audit.read': (actor: Actor) => isAdmin(actor),
});
