import { type Actor, definePermissions, hasRole, hasRoleInUnit, isAdmin } from '../../platform/authz/authz.ts';

/** What rules need to know of a round: its process. */
export interface RoundSubject {
  processId: string;
}

/** What rules need to know of one work community's dialogue: the round's process and the community's path up the unit tree. */
export interface RecordSubject extends RoundSubject {
  /** The work community and every unit above it. */
  unitPath: readonly string[];
  /**
   * The reader's own unit by the staff directory (`users.unit_id`), when the loader looked it up:
   * a member of the work community reads its dialogue. Left out, no one is a member.
   */
  readerUnitId?: string | null;
}

/** The coordinator: an org admin, or a process manager of the round's process (or of every process). */
export function coordinates(actor: Actor, subject: RoundSubject | undefined): boolean {
  return isAdmin(actor) || hasRole(actor, 'process_manager', { processId: subject?.processId });
}

/** Staff: signed in with any role (every member of staff holds at least `member`). */
function isStaff(actor: Actor): boolean {
  return actor.userId !== null && actor.grants.length > 0;
}

/** A member of staff who works in the work community itself (the staff directory's unit, in the subject). */
function worksIn(actor: Actor, subject: RecordSubject): boolean {
  return isStaff(actor) && !!subject.readerUnitId && subject.readerUnitId === subject.unitPath[0];
}

/** Holds a unit manager's grant for some unit (a lead of a work community, or a unit's manager). */
function managesSomeUnit(actor: Actor): boolean {
  return actor.grants.some((grant) => grant.role === 'unit_manager' && (grant.scopeType === 'unit' || grant.scopeType === 'organisation'));
}

/**
 * Who may do what in work-community dialogues. The coordinator plans rounds and sees all;
 * a work community's lead (a unit manager scoped to it, decision 23) or a manager of a unit
 * above it holds and records its dialogue; staff read a round's guide. Deny by default.
 */
export const dialoguesPermissions = definePermissions({
  'dialogues.admin.list': (actor: Actor) =>
    isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager') || managesSomeUnit(actor),
  'dialogues.round.create': (actor: Actor, subject: RoundSubject | undefined) =>
    subject === undefined ? isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager') : coordinates(actor, subject),
  'dialogues.round.update': (actor: Actor, subject: RoundSubject) => coordinates(actor, subject),
  'dialogues.round.view': (actor: Actor, subject: RoundSubject) => isStaff(actor) || coordinates(actor, subject),
  /** The coverage page: the coordinator sees every work community, a unit manager those of their own units. */
  'dialogues.coverage.view': (actor: Actor, subject: RoundSubject) => coordinates(actor, subject) || managesSomeUnit(actor),
  'dialogues.reminder.send': (actor: Actor, subject: RoundSubject) => coordinates(actor, subject),
  /** Reading a work community's dialogue, its draft too: the coordinator, its lead or a manager above it, and its members. */
  'dialogues.record.view': (actor: Actor, subject: RecordSubject) =>
    coordinates(actor, subject) || hasRoleInUnit(actor, 'unit_manager', subject.unitPath) || worksIn(actor, subject),
  'dialogues.record.edit': (actor: Actor, subject: RecordSubject) => hasRoleInUnit(actor, 'unit_manager', subject.unitPath),
  /**
   * Holding the dialogue live in a workshop room: whoever records it (its lead, or a manager of a
   * unit above). The room is opened with them as its host, so they run it without the facilitator's
   * role of the process (workshops' `workshops.workshop.facilitate` lets a room's host run that room).
   */
  'dialogues.record.live': (actor: Actor, subject: RecordSubject) => hasRoleInUnit(actor, 'unit_manager', subject.unitPath),
  /** A commitment's follow-up (its status): the community's lead, a manager above it, or the coordinator. */
  'dialogues.commitment.follow': (actor: Actor, subject: RecordSubject) =>
    coordinates(actor, subject) || hasRoleInUnit(actor, 'unit_manager', subject.unitPath),
});
