import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { addMember } from '../commands/add-member.ts';
import { bodyPageParams, itemParams, loadManagedBody } from '../loaders.ts';
import { memberResponseSchema } from '../presenters.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import { memberSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { memberFormAgain } from './member-form.tsx';

/** Adds a member (by position title) to a body. */
export const addMemberAction = defineAction({
  name: 'processes.member.add',
  summary: 'Add a member (by position title) to a body',
  tag: 'processes',
  input: memberSchema,
  permission: 'processes.admin.list',
  load: loadManagedBody,
  run: ({ context, actor, subject, input, now }) =>
    addMember(context.db, actor, { processId: subject.process.id, bodyId: subject.body.id }, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'POST',
    url: '/processes/:slug/bodies/:id/members',
    params: itemParams,
    status: 201,
    response: memberResponseSchema,
    present: async ({ context, request, subject }, id) => {
      const saved = found(await findBodyForAdmin(context.db, request.organisation.id, subject.process.id, subject.body.id));
      return found(saved.members.find((member) => member.id === id));
    },
  },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/members/new',
    params: bodyPageParams,
    form: memberFormAgain,
    refusalStatus: 422,
    done: ({ subject }) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: 'processes.admin.flash.memberAdded',
    }),
  },
});
