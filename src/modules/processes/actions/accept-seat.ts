import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { acceptSeatInvitation } from '../commands/seat-acceptance.ts';
import { findSeatInvitation } from '../queries/seat-invitations.ts';
import { seatConsentSchema } from '../schemas.ts';

/** Accepts a seat invitation by its link: the seat is linked to the signed-in account, with the person's choice about their name. */
export const acceptSeatAction = defineAction({
  name: 'processes.seat.accept',
  summary: 'Accept a seat invitation by its link: the seat is linked to the signed-in account (single use)',
  tag: 'processes',
  params: z.object({ token: z.string().max(200) }),
  input: seatConsentSchema,
  permission: 'processes.seat.own',
  load: async ({ context, request, params, now }) => {
    const found = await findSeatInvitation(context.db, request.organisation.id, params.token, now);
    if (found.state === 'unknown' || !found.invitation) throw refuse.notFound();
    if (found.state !== 'valid') throw refuse.gone(`processes.seatInvitation.${found.state}`);
    return found.invitation;
  },
  run: ({ context, actor, subject, input, now }) => acceptSeatInvitation(context.db, actor, subject, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'POST',
    url: '/seat-invitations/:token/accept',
    access: 'signed-in',
    status: 204,
  },
  page: {
    url: '/seat-invitations/:token',
    done: () => ({ to: '/account/seats', flash: 'processes.seatInvitation.accepted' }),
  },
});
