import { defineAction } from '../../../platform/actions/action.ts';
import { deleteBody } from '../commands/delete-body.ts';
import { bodyPageParams, itemParams, loadManagedBody } from '../loaders.ts';
import { processAdminPath } from '../views/admin-paths.ts';

/** Deletes a body with its members and sectors; the admin page asks first. */
export const deleteBodyAction = defineAction({
  name: 'processes.body.delete',
  summary: 'Delete a body with its members and sectors',
  tag: 'processes',
  permission: 'processes.admin.list',
  load: loadManagedBody,
  run: ({ context, actor, subject, now }) => deleteBody(context.db, actor, subject.process.id, subject.body.id, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: { method: 'DELETE', url: '/processes/:slug/bodies/:id', params: itemParams },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/delete',
    params: bodyPageParams,
    guard: ({ subject, body }) =>
      body.confirm === 'yes' ? undefined : processAdminPath(subject.process.id, 'bodies', subject.body.id, 'delete'),
    done: ({ subject }) => ({ to: processAdminPath(subject.process.id, 'bodies'), flash: 'processes.admin.flash.bodyDeleted' }),
  },
});
