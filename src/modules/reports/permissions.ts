import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';

/** What rules need to know of a process's report: the process. */
export interface ReportSubject {
  processId: string;
}

/** The process coordinator: an org admin, or a process manager of this process (or of every process). */
function coordinates(actor: Actor, subject: ReportSubject | undefined): boolean {
  return isAdmin(actor) || hasRole(actor, 'process_manager', { processId: subject?.processId });
}

/**
 * Who may do what with a process's figures and final report: the coordinator sees the figures
 * dashboard and edits and publishes the report; what is published (the report and the open data)
 * is read by anyone who may see the process (the routes load the process as the visitor may see it).
 */
export const reportsPermissions = definePermissions({
  /** The list of processes with their figures and reports: admins and process managers (of any process). */
  'reports.admin.list': (actor: Actor) => isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager'),
  'reports.participation.view': (actor: Actor, subject: ReportSubject | undefined) => coordinates(actor, subject),
  'reports.report.edit': (actor: Actor, subject: ReportSubject | undefined) => coordinates(actor, subject),
  'reports.report.publish': (actor: Actor, subject: ReportSubject | undefined) => coordinates(actor, subject),
  'reports.published.view': () => true,
});
