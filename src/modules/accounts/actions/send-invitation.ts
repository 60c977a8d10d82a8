import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { requestInvitations } from '../jobs/send-invitations.ts';
import { loadUser, userIdParams } from './user-page.tsx';

/**
 * Asks for a sign-in invitation (a set-password link, single use, valid for days) for one
 * person: a request row the `accounts.invitations` job mails within seconds, as it does an
 * import's, so the answer never waits on the mail server and a failed mail is tried again.
 * A deactivated person is refused at once (409); one already waiting keeps their one request.
 */
export const sendInvitationAction = defineAction({
  name: 'accounts.invitation.send',
  summary: 'Queues a sign-in invitation for a user (a single-use set-password link, valid seven days), mailed by a background job',
  tag: 'accounts',
  params: userIdParams,
  permission: 'accounts.users.manage',
  load: loadUser,
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: async ({ context, request, actor, subject, now }) => {
    if (subject.deactivatedAt) throw refuse.conflict('accounts.invitation.deactivated');
    await requestInvitations(
      context.db,
      {
        organisationId: actor.organisationId,
        organisationName: request.organisation.name,
        userIds: [subject.id],
        actorId: actor.userId,
        // PUBLIC_URL wins when set (accounts CONTEXT.md); this origin is only its stand-in in development.
        baseUrl: `${request.protocol}://${request.host}`,
      },
      now,
    );
  },
  pageVersion: 'unchanged',
  // The request row is the effect: the `accounts.invitations` job mails it after the commit.
  after: [],
  // 204 as before: the API's contract is "done"; the request row is what is done.
  api: { method: 'POST', url: '/users/:id/invitation', status: 204, errors: [409] },
  page: {
    url: '/admin/users/:id/invitation',
    done: ({ subject }) => ({ to: `/admin/users/${encodeURIComponent(subject.id)}`, flash: 'accounts.invitation.queued' }),
  },
});
