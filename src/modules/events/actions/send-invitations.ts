import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { inviteToEvent } from '../commands/invite-to-event.ts';
import { sendInvitations } from '../commands/send-invitations.ts';
import { loadManagedEvent } from '../loaders.ts';
import { mailLog } from '../mail-log.ts';
import { siteOrigin } from '../registrant.ts';
import { showInvitations } from '../routes/admin-invitation-routes.tsx';
import { EVENT_LIMITS, invitationSchema } from '../schemas.ts';
import { onlyFieldErrors } from './form-refusal.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, EVENT_LIMITS.invitationTextMax) : '');

/** Invites a body's members (those with accounts), a unit's staff and/or e-mail addresses; once saved, each new invitee is mailed a personal link. */
export const sendInvitationsAction = defineAction({
  name: 'events.invitation.send',
  summary:
    'Invites a body’s members (those with accounts), a unit’s staff (its work communities’ too) and/or e-mail addresses; each gets a personal link by mail',
  tag: 'events',
  params: z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) }),
  input: invitationSchema,
  load: ({ context, request, params }) => loadManagedEvent(context, request, params.id),
  run: ({ context, actor, subject, input, now }) =>
    inviteToEvent(context, actor, { id: subject.event.id, processId: subject.process.id }, input, now),
  pageVersion: 'unchanged',
  after: [
    async ({ context, request, subject, input }, result) => {
      const organisation = { name: request.organisation.name, timeZone: request.organisation.timeZone };
      const to = { locale: input.locale, siteOrigin: siteOrigin(context, request), organisation };
      await sendInvitations(context, subject.event, result.invited, to, mailLog(request));
    },
  ],
  api: {
    method: 'POST',
    url: '/events/:id/invitations',
    access: 'signed-in',
    status: 201,
    response: z.object({ invited: z.number().int(), alreadyInvited: z.number().int() }),
    present: (_call, result) => ({ invited: result.invited.length, alreadyInvited: result.alreadyInvited }),
  },
  page: {
    url: '/admin/events/:id/invitations',
    form: ({ context, request, subject }, reply, state, status) => {
      onlyFieldErrors(state, status);
      const { values } = state;
      const shown = {
        bodyId: text(values.bodyId),
        unitId: text(values.unitId),
        emails: text(values.emails),
        locale: text(values.locale) || request.locale,
      };
      return showInvitations(context, request, reply, subject, shown, state.errors);
    },
    done: ({ subject }) => ({ to: `/admin/events/${subject.event.id}/invitations`, flash: 'events.invite.sent' }),
  },
});
