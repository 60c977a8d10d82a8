import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { setSeatConsent } from '../commands/seat-acceptance.ts';
import { PROCESS_LIMITS, seatConsentSchema } from '../schemas.ts';

/** The person's own choice whether their name shows beside a seat linked to them on the public organisation chart. */
export const setSeatConsentAction = defineAction({
  name: 'processes.seat.consent',
  summary: 'Choose whether one’s name shows beside one’s own seat on the public organisation chart',
  tag: 'processes',
  params: z.object({ memberId: z.string().min(1).max(PROCESS_LIMITS.idMax) }),
  input: seatConsentSchema,
  permission: 'processes.seat.own',
  run: ({ context, actor, params, input, now }) => setSeatConsent(context.db, actor, params.memberId, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'PUT',
    url: '/me/seats/:memberId',
    access: 'signed-in',
    status: 204,
  },
  page: {
    url: '/account/seats/:memberId',
    done: () => ({ to: '/account/seats', flash: 'processes.ownSeats.saved' }),
  },
});
