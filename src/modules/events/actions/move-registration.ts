import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { moveRegistration } from '../commands/move-registration.ts';
import { notifyRegistrations } from '../commands/notify-registrants.ts';
import { loadActiveRegistration, loadManagedEvent } from '../loaders.ts';
import { mailLog } from '../mail-log.ts';
import { organiserOf, resolveAttributeValues } from '../organiser.ts';
import { showMove } from '../routes/admin-registration-routes.tsx';
import { EVENT_LIMITS, organiserMoveSchema } from '../schemas.ts';
import { onlyFieldErrors } from './form-refusal.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2000) : '');

/** The organiser moves a registration to another unit or sector, giving the reason (audited); a full quota is 409. */
export const moveRegistrationAction = defineAction({
  name: 'events.registration.move',
  summary: 'The organiser moves a registration to another unit or sector, giving the reason',
  tag: 'events',
  params: z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax), registrationId: z.string().min(1).max(EVENT_LIMITS.idMax) }),
  input: organiserMoveSchema,
  load: async ({ context, request, params, surface }) => {
    const found = await loadManagedEvent(context, request, params.id);
    if (surface === 'page') await loadActiveRegistration(context, found.event, params.registrationId);
    return found;
  },
  run: async ({ context, request, params, subject, input, now }) => {
    const attributeValues = await resolveAttributeValues(context, subject.event, input.attributeValue);
    const target = { eventId: subject.event.id, registrationId: params.registrationId, attributeValues };
    return moveRegistration(context.db, subject.event.organisationId, target, now, organiserOf(request, input.reason));
  },
  pageVersion: 'unchanged',
  after: [
    async ({ request, context, subject }, outcome) => {
      await notifyRegistrations(context, subject.event.organisationId, outcome.promoted, 'promoted', mailLog(request));
    },
  ],
  api: { method: 'POST', url: '/events/:id/registrations/:registrationId/move', access: 'signed-in', status: 204, errors: [409] },
  page: {
    url: '/admin/events/:id/registrations/:registrationId/move',
    form: ({ context, request, params, subject }, reply, state, status) => {
      onlyFieldErrors(state, status);
      const values = { attributeValue: text(state.values.attributeValue), reason: text(state.values.reason) };
      return showMove(context, request, reply, subject.event, params.registrationId, values, state.errors);
    },
    done: ({ subject }) => ({ to: `/admin/events/${subject.event.id}/registrations`, flash: 'events.organiser.moved' }),
  },
});
