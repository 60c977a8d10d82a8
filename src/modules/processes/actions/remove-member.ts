import { defineAction } from '../../../platform/actions/action.ts';
import { removeMember } from '../commands/remove-member.ts';
import { loadManagedMember, memberPageParams, memberParams } from '../loaders.ts';
import { processAdminPath } from '../views/admin-paths.ts';

/** Removes a member from a body; the admin page asks first. */
export const removeMemberAction = defineAction({
  name: 'processes.member.remove',
  summary: 'Remove a member from a body',
  tag: 'processes',
  permission: 'processes.admin.list',
  load: loadManagedMember,
  run: ({ context, actor, subject, now }) => removeMember(context.db, actor, subject.ids, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: { method: 'DELETE', url: '/processes/:slug/bodies/:id/members/:memberId', params: memberParams },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/members/:memberId/delete',
    params: memberPageParams,
    guard: ({ subject: { ids }, body }) =>
      body.confirm === 'yes' ? undefined : processAdminPath(ids.processId, 'bodies', ids.bodyId, 'members', ids.memberId, 'delete'),
    done: ({ subject }) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: 'processes.admin.flash.memberRemoved',
    }),
  },
});
