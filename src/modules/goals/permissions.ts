import { type Actor, definePermissions, hasRoleInUnit, isAdmin } from '../../platform/authz/authz.ts';
import { managesProcess } from '../processes/index.ts';

/** What the rules need of a process: its id (a process-scoped manager coordinates only their own). */
export interface GoalProcess {
  id: string;
}

/** What the rules need of an objective or indicator: its process, its unit with the unit's ancestors, and its owner. */
export interface UnitWork {
  processId: string;
  /** The unit and its ancestors, in any order. */
  unitPath: readonly string[];
  /** Who reports the figures (the indicator's owner, else the objective's). */
  ownerUserId?: string | null;
}

/** The coordinator of a process's goals: an admin or the process's manager. */
export function coordinatesGoals(actor: Actor, process: GoalProcess | undefined): boolean {
  return process !== undefined && managesProcess(actor, process);
}

/** A unit's objectives and indicators are edited by the coordinator and by the unit's managers (a grant above the unit covers it). */
export function managesUnitWork(actor: Actor, work: UnitWork | undefined): boolean {
  if (!work) return false;
  return coordinatesGoals(actor, { id: work.processId }) || hasRoleInUnit(actor, 'unit_manager', work.unitPath);
}

/**
 * Who may do what with goals. Deny by default. The public follow-up (goals, objectives, statuses,
 * open data) is shown wherever its process is visible: the process's own rule decides that.
 */
export const goalsPermissions = definePermissions({
  'goals.admin.list': (actor: Actor) =>
    isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager' || grant.role === 'unit_manager'),
  'goals.goal.manage': (actor: Actor, process: GoalProcess) => coordinatesGoals(actor, process),
  'goals.round.manage': (actor: Actor, process: GoalProcess) => coordinatesGoals(actor, process),
  'goals.objective.manage': (actor: Actor, work: UnitWork) => managesUnitWork(actor, work),
  /** Anyone signed in chooses whether they are mailed about their own trace. */
  'goals.traceMail.manage': (actor: Actor) => actor.userId !== null,
  'goals.figures.report': (actor: Actor, work: UnitWork) =>
    managesUnitWork(actor, work) || (actor.userId !== null && work?.ownerUserId === actor.userId),
});
