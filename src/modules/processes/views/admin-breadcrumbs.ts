import type { Crumb } from '../../../platform/views/components/admin-layout.tsx';
import type { ViewContextValue } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import { PROCESSES_ADMIN_PATH, processAdminPath } from './admin-paths.ts';

/** The trail from the process list down to one of a process's admin pages. */
export function processCrumbs(view: ViewContextValue, process: Process, ...more: Array<{ label: string; path: string }>): Crumb[] {
  return [
    { label: view.t('processes.admin.list.title'), href: view.href(PROCESSES_ADMIN_PATH) },
    { label: view.text(process.title), href: view.href(processAdminPath(process.id)) },
    ...more.map((crumb) => ({ label: crumb.label, href: view.href(crumb.path) })),
  ];
}
