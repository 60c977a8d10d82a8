import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { updateMember } from '../commands/update-member.ts';
import { loadManagedMember, memberPageParams, memberParams, patched } from '../loaders.ts';
import { memberResponseSchema } from '../presenters.ts';
import { findBodyWithPeople } from '../queries/admin-bodies.ts';
import { memberPatchSchema, memberSchema } from '../schemas.ts';
import { sendSeatInvitation } from '../seat-invitation-mail.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { memberFormAgain } from './member-form.tsx';

/**
 * A PATCH's person: naming one of `personUserId` and `personEmail` replaces the person
 * (the other one no longer counts); naming neither keeps the person in the seat.
 */
function patchedPerson(saved: { personUserId: string | null; personEmail: string | null }, patch: Record<string, unknown>) {
  if (patch.personUserId !== undefined || patch.personEmail !== undefined) {
    return { personUserId: patch.personUserId ?? null, personEmail: patch.personEmail ?? null };
  }
  return saved.personUserId
    ? { personUserId: saved.personUserId, personEmail: null }
    : { personUserId: null, personEmail: saved.personEmail };
}

/** Changes a seat of a body: the whole form on the admin page, any subset of fields through the API. */
export const updateMemberAction = defineAction({
  name: 'processes.member.update',
  summary: 'Change a seat of a body (fields left out stay as they are); a new e-mail without an account gets an invitation',
  tag: 'processes',
  input: memberSchema,
  permission: 'processes.admin.list',
  load: loadManagedMember,
  run: ({ context, actor, request, subject, input, now }) =>
    updateMember(context.db, actor, subject.ids, input, now, { accounts: context.accountLookups, locale: request.locale }),
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
    method: 'PATCH',
    url: '/processes/:slug/bodies/:id/members/:memberId',
    params: memberParams,
    body: memberPatchSchema,
    toInput: ({ subject, input }) => {
      const patch = input as Record<string, unknown>;
      const { positionTitle, responsibility, sectorId, seatRole } = subject.member;
      return patched(
        memberSchema,
        { positionTitle, responsibility, sectorId, seatRole, ...patchedPerson(subject.member, patch) },
        {
          ...patch,
          personUserId: undefined,
          personEmail: undefined,
        },
      );
    },
    response: memberResponseSchema,
    present: async ({ context, request, subject }) => {
      const saved = found(await findBodyWithPeople(context, request.organisation.id, subject.process.id, subject.body.id));
      return found(saved.members.find((member) => member.id === subject.member.id));
    },
  },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/members/:memberId',
    params: memberPageParams,
    form: memberFormAgain,
    refusalStatus: 422,
    done: ({ subject }, result) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: result.invitation ? 'processes.admin.flash.memberInvited' : 'processes.admin.flash.memberSaved',
    }),
  },
});
