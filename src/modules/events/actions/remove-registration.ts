import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { cancelRegistration } from '../commands/cancel-registration.ts';
import { notifyRegistrations } from '../commands/notify-registrants.ts';
import { loadActiveRegistration, loadManagedEvent } from '../loaders.ts';
import { mailLog } from '../mail-log.ts';
import { organiserOf } from '../organiser.ts';
import { showRemove } from '../routes/admin-registration-routes.tsx';
import { EVENT_LIMITS, organiserRemoveSchema } from '../schemas.ts';
import { onlyFieldErrors } from './form-refusal.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2000) : '');

/**
 * The organiser removes a registration, giving the reason (audited); the seat goes to the
 * matching waitlist. The page's form is for an active registration (404 otherwise); the
 * API answers a second removal 409.
 */
export const removeRegistrationAction = defineAction({
  name: 'events.registration.remove',
  summary: 'The organiser removes a registration, giving the reason; the seat goes to the matching waitlist',
  tag: 'events',
  params: z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax), registrationId: z.string().min(1).max(EVENT_LIMITS.idMax) }),
  input: organiserRemoveSchema,
  load: async ({ context, request, params, surface }) => {
    const found = await loadManagedEvent(context, request, params.id);
    if (surface === 'page') await loadActiveRegistration(context, found.event, params.registrationId);
    return found;
  },
  run: ({ context, request, params, subject, input, now }) =>
    cancelRegistration(
      context.db,
      subject.event.organisationId,
      { id: params.registrationId, eventId: subject.event.id },
      now,
      organiserOf(request, input.reason),
    ),
  pageVersion: 'unchanged',
  after: [
    async ({ request, context, subject }, outcome) => {
      await notifyRegistrations(context, subject.event.organisationId, [outcome.registrationId], 'cancelled', mailLog(request));
    },
    async ({ request, context, subject }, outcome) => {
      await notifyRegistrations(context, subject.event.organisationId, outcome.promoted, 'promoted', mailLog(request));
    },
  ],
  api: { method: 'DELETE', url: '/events/:id/registrations/:registrationId', access: 'signed-in', status: 204, errors: [409] },
  page: {
    url: '/admin/events/:id/registrations/:registrationId/remove',
    form: ({ context, request, params, subject }, reply, state, status) => {
      onlyFieldErrors(state, status);
      const values = { reason: text(state.values.reason) };
      return showRemove(context, request, reply, subject.event, params.registrationId, values, state.errors);
    },
    done: ({ subject }) => ({ to: `/admin/events/${subject.event.id}/registrations`, flash: 'events.organiser.removed' }),
  },
});
