import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';
import { managesProcess } from '../processes/index.ts';

/** What the rules need of a process: its id (a process-scoped analyst or manager analyses only their own). */
export interface AnalysedProcess {
  id: string;
}

/** Analysts (of the organisation or of this process), the process's managers and admins analyse its contributions. */
export function analysesProcess(actor: Actor, process: AnalysedProcess | undefined): boolean {
  if (!process) return false;
  return managesProcess(actor, process) || hasRole(actor, 'analyst', { processId: process.id });
}

/**
 * Who may find themes and publish them. Everything is denied by default; the published theme set
 * itself is public wherever its process is visible (the process's own rule decides that).
 */
export const insightsPermissions = definePermissions({
  'insights.admin.list': (actor: Actor) =>
    isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager' || grant.role === 'analyst'),
  'insights.run.start': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.run.view': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.run.cancel': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.theme.edit': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.themes.publish': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.theme.merge': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.theme.split': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.contributions.move': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.contribution.tag': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.edit.undo': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.run.reopen': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.codebook.save': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.theme.create': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
  'insights.theme.counterparts': (actor: Actor, process: AnalysedProcess) => analysesProcess(actor, process),
});
