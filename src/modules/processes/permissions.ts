import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';
import type { ProcessVisibility } from './tables.ts';

/** What permission rules need to know of a process. */
export interface ProcessSubject {
  id: string;
  visibility: ProcessVisibility;
}

/** Org admins and process managers (organisation-wide or of this process) manage a process. */
export function managesProcess(actor: Actor, process: { id: string } | undefined): boolean {
  return isAdmin(actor) || hasRole(actor, 'process_manager', { processId: process?.id });
}

/** Staff and other signed-in members with any role see internal processes. */
function isStaff(actor: Actor): boolean {
  return actor.userId !== null && actor.grants.length > 0;
}

/** Who may see, create, change and remove processes (with their phases, bodies and timeline). */
export const processPermissions = definePermissions({
  'processes.process.view': (actor: Actor, process: ProcessSubject) =>
    process.visibility === 'public' || (process.visibility === 'internal' && isStaff(actor)) || managesProcess(actor, process),
  'processes.process.create': (actor: Actor) => isAdmin(actor) || hasRole(actor, 'process_manager'),
  'processes.process.update': (actor: Actor, process: ProcessSubject) => managesProcess(actor, process),
  'processes.process.delete': (actor: Actor) => isAdmin(actor),
  'processes.admin.list': (actor: Actor) => isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager'),
  /** Accepting a seat invitation and choosing about one's own seat: any signed-in person (the command checks the seat is theirs). */
  'processes.seat.own': (actor: Actor) => actor.userId !== null,
});
