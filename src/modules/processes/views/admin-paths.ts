/** Where the process admin lives (before the locale prefix). */
export const PROCESSES_ADMIN_PATH = '/admin/processes';

/** The admin path of a process or of a page beneath it: processAdminPath(id, 'phases', phaseId). */
export function processAdminPath(processId: string, ...parts: string[]): string {
  return [PROCESSES_ADMIN_PATH, encodeURIComponent(processId), ...parts.map(encodeURIComponent)].join('/');
}
