import { defineAction } from '../../../platform/actions/action.ts';
import { resendSeatInvitation } from '../commands/resend-seat-invitation.ts';
import { loadManagedMember, memberPageParams, memberParams } from '../loaders.ts';
import { sendSeatInvitation } from '../seat-invitation-mail.ts';
import { processAdminPath } from '../views/admin-paths.ts';

/** A manager sends a seat's invitation again: a new link by mail, the old one void. */
export const resendSeatInvitationAction = defineAction({
  name: 'processes.seatInvitation.resend',
  summary: 'Send a seat’s invitation again (a new single-use link; earlier links stop working)',
  tag: 'processes',
  permission: 'processes.admin.list',
  load: loadManagedMember,
  rateLimit: { max: 20, timeWindow: '1 minute' },
  run: ({ context, actor, request, subject, now }) => resendSeatInvitation(context.db, actor, subject.ids, now, { locale: request.locale }),
  // The command raises the page version in its own transaction (auditProcessChange), though no public page shows invitations.
  pageVersion: 'in-command',
  after: [
    ({ context, request, subject }, result) =>
      sendSeatInvitation(context, request, result.invitation, {
        positionTitle: subject.member.positionTitle,
        bodyName: subject.body.name,
        processTitle: subject.process.title,
      }),
  ],
  api: {
    method: 'POST',
    url: '/processes/:slug/bodies/:id/members/:memberId/invitation',
    params: memberParams,
    status: 204,
    errors: [409],
  },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/members/:memberId/invitation',
    params: memberPageParams,
    done: ({ subject }) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: 'processes.admin.flash.invitationResent',
    }),
  },
});
