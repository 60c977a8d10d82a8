import { type Actor, definePermissions, isAdmin } from '../../platform/authz/authz.ts';

/** Who may change the organisation, its units, read its audit log, its participation figures and the background jobs. */
export const organisationPermissions = definePermissions({
  'organisations.settings.update': (actor: Actor) => isAdmin(actor),
  'organisations.units.manage': (actor: Actor) => isAdmin(actor),
  'organisations.audit.read': (actor: Actor) => isAdmin(actor),
  /** The organisation's participation figures on the admin home (counts only, no names). */
  'organisations.participation.read': (actor: Actor) => isAdmin(actor),
  /** The installation's background jobs: when each ran, how long, its last failure. */
  'organisations.jobs.read': (actor: Actor) => isAdmin(actor),
});
