import { defineAction } from '../../../platform/actions/action.ts';
import { createInvitation } from '../commands/invite-user.ts';
import { loadUser, userIdParams } from './user-page.tsx';

/** Mails a person a sign-in invitation: a set-password link, single use, valid for days. */
export const sendInvitationAction = defineAction({
  name: 'accounts.invitation.send',
  summary: 'Mails a user a sign-in invitation (a single-use set-password link, valid seven days)',
  tag: 'accounts',
  params: userIdParams,
  permission: 'accounts.users.manage',
  load: loadUser,
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, request, actor, subject }) =>
    createInvitation(context, {
      organisationId: actor.organisationId,
      organisationName: request.organisation.name,
      userId: subject.id,
      actorId: actor.userId,
      // PUBLIC_URL wins when set (accounts CONTEXT.md); this origin is only its stand-in in development.
      baseUrl: `${request.protocol}://${request.host}`,
    }),
  pageVersion: 'unchanged',
  // The mail says what is already true (the invitation is saved); a failure is logged and another invitation can be sent.
  after: [({ context }, mail) => context.mailer.send(mail)],
  api: { method: 'POST', url: '/users/:id/invitation', status: 204, errors: [409] },
  page: {
    url: '/admin/users/:id/invitation',
    done: ({ subject }) => ({ to: `/admin/users/${encodeURIComponent(subject.id)}`, flash: 'accounts.invitation.sent' }),
  },
});
