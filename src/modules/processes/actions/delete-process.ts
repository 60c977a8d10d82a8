import { defineAction } from '../../../platform/actions/action.ts';
import { deleteProcess } from '../commands/delete-process.ts';
import { loadManagedProcess, processPageParams, slugParams } from '../loaders.ts';
import { PROCESSES_ADMIN_PATH, processAdminPath } from '../views/admin-paths.ts';

/** Deletes a process with its phases, bodies and timeline; the admin page asks first. */
export const deleteProcessAction = defineAction({
  name: 'processes.process.delete',
  summary: 'Delete a process with its phases, bodies and timeline',
  tag: 'processes',
  permission: 'processes.process.delete',
  load: (call) => loadManagedProcess(call, 'processes.process.delete'),
  run: ({ context, actor, subject, now }) => deleteProcess(context.db, actor, subject.id, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: { method: 'DELETE', url: '/processes/:slug', params: slugParams },
  page: {
    url: '/admin/processes/:processId/delete',
    params: processPageParams,
    guard: ({ subject, body }) => (body.confirm === 'yes' ? undefined : processAdminPath(subject.id, 'delete')),
    done: () => ({ to: PROCESSES_ADMIN_PATH, flash: 'processes.admin.flash.processDeleted' }),
  },
});
