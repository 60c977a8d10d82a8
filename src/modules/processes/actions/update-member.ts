import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { updateMember } from '../commands/update-member.ts';
import { loadManagedMember, memberPageParams, memberParams, patched } from '../loaders.ts';
import { memberResponseSchema } from '../presenters.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import { memberPatchSchema, memberSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { memberFormAgain } from './member-form.tsx';

/** Changes a member of a body: the whole form on the admin page, any subset of fields through the API. */
export const updateMemberAction = defineAction({
  name: 'processes.member.update',
  summary: 'Change a member of a body (fields left out stay as they are)',
  tag: 'processes',
  input: memberSchema,
  permission: 'processes.admin.list',
  load: loadManagedMember,
  run: ({ context, actor, subject, input, now }) => updateMember(context.db, actor, subject.ids, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'PATCH',
    url: '/processes/:slug/bodies/:id/members/:memberId',
    params: memberParams,
    body: memberPatchSchema,
    toInput: ({ subject, input }) => patched(memberSchema, { ...subject.member }, input),
    response: memberResponseSchema,
    present: async ({ context, request, subject }) => {
      const saved = found(await findBodyForAdmin(context.db, request.organisation.id, subject.process.id, subject.body.id));
      return found(saved.members.find((member) => member.id === subject.member.id));
    },
  },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/members/:memberId',
    params: memberPageParams,
    form: memberFormAgain,
    refusalStatus: 422,
    done: ({ subject }) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: 'processes.admin.flash.memberSaved',
    }),
  },
});
