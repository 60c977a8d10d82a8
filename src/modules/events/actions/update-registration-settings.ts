import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { found } from '../../../platform/http/api.ts';
import { notifyRegistrations } from '../commands/notify-registrants.ts';
import { updateRegistrationSettings } from '../commands/update-registration-settings.ts';
import { loadManagedEvent } from '../loaders.ts';
import { mailLog } from '../mail-log.ts';
import { eventDetailResponseSchema, presentEvent, presentSeats } from '../presenters.ts';
import { findEvent } from '../queries/find-event.ts';
import { seatSummary } from '../queries/seat-summary.ts';
import { sentValues, showSettings } from '../routes/admin-settings-routes.tsx';
import { idParamsSchema, registrationSettingsSchema } from '../schemas.ts';
import { resolveSettings } from '../settings-input.ts';
import { onlyFieldErrors } from './form-refusal.ts';

/** Sets how an event takes registrations; seats added promote the first on the waitlists, who are told by mail. */
export const updateRegistrationSettingsAction = defineAction({
  name: 'events.settings.update',
  summary: 'Sets registration mode, capacity, quotas (explicit or split by headcount), deadline, release date and extra questions',
  tag: 'events',
  params: idParamsSchema,
  input: registrationSettingsSchema,
  load: ({ context, request, params }) => loadManagedEvent(context, request, params.id),
  run: async ({ context, request, actor, subject, input, now }) => {
    const settings = await resolveSettings(context, subject.event, input, request.organisation.timeZone);
    return updateRegistrationSettings(context.db, actor, subject.event.id, settings, now);
  },
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [
    invalidatePages,

    async ({ context, request }, promoted) => {
      await notifyRegistrations(context, request.organisation.id, promoted, 'promoted', mailLog(request));
    },
  ],
  api: {
    method: 'PUT',
    url: '/events/:id/registration-settings',
    access: 'signed-in',
    response: eventDetailResponseSchema,
    present: async ({ context, request, subject, now }) => {
      const updated = found(await findEvent(context.db, request.organisation.id, subject.event.id));
      return { ...presentEvent(updated, subject.process), seats: presentSeats(await seatSummary(context.db, updated, now)) };
    },
  },
  page: {
    url: '/admin/events/:id/registration',
    form: async ({ context, request, subject }, reply, state, status) => {
      onlyFieldErrors(state, status);
      const values = await sentValues(context, request, subject.event, state.values);
      return showSettings(context, request, reply, subject.event, values, state.errors);
    },
    done: ({ subject }) => ({ to: `/admin/events/${subject.event.id}/registration`, flash: 'events.admin.saved' }),
  },
});
