import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { addMember } from '../commands/add-member.ts';
import { bodyPageParams, itemParams, loadManagedBody } from '../loaders.ts';
import { memberResponseSchema } from '../presenters.ts';
import { findBodyWithPeople } from '../queries/admin-bodies.ts';
import { memberSchema } from '../schemas.ts';
import { sendSeatInvitation } from '../seat-invitation-mail.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { memberFormAgain } from './member-form.tsx';

/** Adds a seat (by position title and role) to a body, with the person in it if given (an account or an invitation by mail). */
export const addMemberAction = defineAction({
  name: 'processes.member.add',
  summary:
    'Add a seat to a body (by position title and role), optionally with its person: an account, or an e-mail that gets an invitation',
  tag: 'processes',
  input: memberSchema,
  permission: 'processes.admin.list',
  load: loadManagedBody,
  run: ({ context, actor, request, subject, input, now }) =>
    addMember(context.db, actor, { processId: subject.process.id, bodyId: subject.body.id }, input, now, {
      accounts: context.accountLookups,
      locale: request.locale,
    }),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [
    ({ context, request, subject, input }, result) =>
      sendSeatInvitation(context, request, result.invitation, {
        positionTitle: input.positionTitle,
        bodyName: subject.body.name,
        processTitle: subject.process.title,
      }),
  ],
  api: {
    method: 'POST',
    url: '/processes/:slug/bodies/:id/members',
    params: itemParams,
    status: 201,
    response: memberResponseSchema,
    present: async ({ context, request, subject }, result) => {
      const saved = found(await findBodyWithPeople(context, request.organisation.id, subject.process.id, subject.body.id));
      return found(saved.members.find((member) => member.id === result.id));
    },
  },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/members/new',
    params: bodyPageParams,
    form: memberFormAgain,
    refusalStatus: 422,
    done: ({ subject }, result) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: result.invitation ? 'processes.admin.flash.memberInvited' : 'processes.admin.flash.memberAdded',
    }),
  },
});
