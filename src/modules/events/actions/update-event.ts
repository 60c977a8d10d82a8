import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { notifyEventRegistrants } from '../commands/notify-registrants.ts';
import { updateEvent } from '../commands/update-event.ts';
import { loadManagedEvent } from '../loaders.ts';
import { mailLog } from '../mail-log.ts';
import { eventResponseSchema, presentEvent } from '../presenters.ts';
import { findEvent } from '../queries/find-event.ts';
import { sentValues, showEditForm } from '../routes/admin-event-routes.tsx';
import { eventSchema, idParamsSchema } from '../schemas.ts';
import { onlyFieldErrors } from './form-refusal.ts';

/** Replaces an event's details; once saved, its registrants are told of a new time or place, or of the cancellation. */
export const updateEventAction = defineAction({
  name: 'events.event.update',
  summary: 'Replaces an event’s details; registrants are told of a new time or place, or of a cancellation',
  tag: 'events',
  params: idParamsSchema,
  input: eventSchema,
  load: ({ context, request, params }) => loadManagedEvent(context, request, params.id),
  run: ({ context, request, actor, subject, input, now }) =>
    updateEvent(context.db, actor, subject.event.id, input, request.organisation.timeZone, now),
  pageVersion: 'in-command',
  after: [
    async ({ context, request, subject }, notice) => {
      if (notice === 'none') return;
      const kind = notice === 'cancelled' ? 'eventCancelled' : 'changed';
      await notifyEventRegistrants(context, request.organisation.id, subject.event.id, kind, mailLog(request));
    },
  ],
  api: {
    method: 'PUT',
    url: '/events/:id',
    access: 'signed-in',
    response: eventResponseSchema,
    present: async ({ context, request, subject }) =>
      presentEvent(found(await findEvent(context.db, request.organisation.id, subject.event.id)), subject.process),
  },
  page: {
    url: '/admin/events/:id/edit',
    form: ({ context, request, subject }, reply, state, status) => {
      onlyFieldErrors(state, status);
      return showEditForm(context, request, reply, subject, sentValues(state.values), state.errors);
    },
    done: ({ subject }, notice) => ({
      to: `/admin/events/${subject.event.id}/edit`,
      flash: notice === 'none' ? 'events.admin.saved' : 'events.admin.savedAndNotified',
    }),
  },
});
