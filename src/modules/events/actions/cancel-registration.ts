import { defineAction } from '../../../platform/actions/action.ts';
import { cancelRegistration } from '../commands/cancel-registration.ts';
import { notifyRegistrations } from '../commands/notify-registrants.ts';
import { loadRegistrationByToken } from '../loaders.ts';
import { mailLog } from '../mail-log.ts';
import { tokenParamsSchema } from '../schemas.ts';

/**
 * Whoever holds the personal link cancels the registration, without an account; the seat
 * goes to the first on the matching waitlist. A second cancel is 409.
 */
export const cancelRegistrationAction = defineAction({
  name: 'events.registration.cancel',
  summary: 'Cancels a registration by its personal link',
  tag: 'events',
  params: tokenParamsSchema,
  load: ({ context, request, params }) => loadRegistrationByToken(context, request.organisation.id, params.token),
  run: ({ context, request, subject, now }) =>
    cancelRegistration(context.db, request.organisation.id, { id: subject.id, eventId: subject.event_id }, now),
  pageVersion: 'unchanged',
  after: [
    async ({ context, request, subject }) => {
      await notifyRegistrations(context, request.organisation.id, [subject.id], 'cancelled', mailLog(request));
    },
    async ({ context, request }, outcome) => {
      await notifyRegistrations(context, request.organisation.id, outcome.promoted, 'promoted', mailLog(request));
    },
  ],
  page: {
    url: '/registrations/:token/cancel',
    done: ({ params }) => ({ to: `/registrations/${params.token}`, flash: 'events.own.cancelledFlash' }),
  },
});
