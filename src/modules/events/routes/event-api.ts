import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findVisibleProcess } from '../../processes/index.ts';
import { createEvent } from '../commands/create-event.ts';
import { notifyEventRegistrants, notifyRegistrations } from '../commands/notify-registrants.ts';
import { updateEvent } from '../commands/update-event.ts';
import { updateRegistrationSettings } from '../commands/update-registration-settings.ts';
import { findEvent } from '../queries/find-event.ts';
import { listEvents } from '../queries/list-events.ts';
import { seatSummary } from '../queries/seat-summary.ts';
import { eventSchema, idParamsSchema, registrationSettingsSchema } from '../schemas.ts';
import { eventDetailResponseSchema, eventResponseSchema, paginate, presentEvent, presentSeats } from './api-shapes.ts';
import { eventSubject, loadManagedEvent, loadVisibleEvent } from './event-access.ts';
import { mailLog } from './mail-log.ts';
import { resolveSettings } from './settings-input.ts';

const TAG = 'events';
const slugParams = z.object({ slug: z.string().max(100) });

/** The read side of the events API: a process's events and one event with its seats. */
function registerEventReads(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/events',
    summary: 'The events of a process the caller may see, in order of their start',
    tag: TAG,
    params: slugParams,
    query: pageQuerySchema,
    response: pageOf(eventResponseSchema),
    handler: async ({ params, query, request }) => {
      const actor = request.identity.actor;
      const process = await findVisibleProcess(context, actor, params.slug);
      const events = await listEvents(context.db, actor.organisationId, { processIds: [process.id] });
      const visible = events.filter((event) =>
        context.authorizer.can(actor, 'events.event.view', eventSubject(context, actor, event, process)),
      );
      const page = paginate(visible, query.limit, query.cursor);
      return { items: page.items.map((event) => presentEvent(event, process)), nextCursor: page.nextCursor };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/events/:id',
    summary: 'An event with its registration settings and how its seats stand',
    tag: TAG,
    params: idParamsSchema,
    response: eventDetailResponseSchema,
    handler: async ({ params, request }) => {
      const { event, process } = await loadVisibleEvent(context, request.identity.actor, params.id);
      return { ...presentEvent(event, process), seats: presentSeats(await seatSummary(context.db, event, context.clock.now())) };
    },
  });
}

/** The write side: create and change events and their registration settings (organisers). */
function registerEventWrites(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/events',
    summary: 'Creates an event of a process (times are wall-clock in the organisation’s time zone)',
    tag: TAG,
    access: 'signed-in',
    params: slugParams,
    body: eventSchema,
    response: eventResponseSchema,
    status: 201,
    handler: async ({ params, body, request }) => {
      authorize(context.authorizer, request, 'events.admin.list');
      const process = await findVisibleProcess(context, request.identity.actor, params.slug);
      authorize(context.authorizer, request, 'events.event.manage', { processId: process.id });
      const id = await createEvent(
        context.db,
        request.identity.actor,
        process.id,
        body,
        request.organisation.timeZone,
        context.clock.now(),
      );
      return presentEvent((await findEvent(context.db, request.organisation.id, id))!, process);
    },
  });

  context.api.add(app, {
    method: 'PUT',
    url: '/events/:id',
    summary: 'Replaces an event’s details; registrants are told of a new time or place, or of a cancellation',
    tag: TAG,
    access: 'signed-in',
    params: idParamsSchema,
    body: eventSchema,
    response: eventResponseSchema,
    handler: async ({ params, body, request }) => {
      const { process } = await loadManagedEvent(context, request, params.id);
      const notice = await updateEvent(
        context.db,
        request.identity.actor,
        params.id,
        body,
        request.organisation.timeZone,
        context.clock.now(),
      );
      if (notice !== 'none') {
        await notifyEventRegistrants(
          context,
          request.organisation.id,
          params.id,
          notice === 'cancelled' ? 'eventCancelled' : 'changed',
          mailLog(request),
        );
      }
      return presentEvent((await findEvent(context.db, request.organisation.id, params.id))!, process);
    },
  });

  context.api.add(app, {
    method: 'PUT',
    url: '/events/:id/registration-settings',
    summary: 'Sets registration mode, capacity, quotas (explicit or split by headcount), deadline, release date and extra questions',
    tag: TAG,
    access: 'signed-in',
    params: idParamsSchema,
    body: registrationSettingsSchema,
    response: eventDetailResponseSchema,
    handler: async ({ params, body, request }) => {
      const { event, process } = await loadManagedEvent(context, request, params.id);
      const settings = await resolveSettings(context, event, body, request.organisation.timeZone);
      const now = context.clock.now();
      const promoted = await updateRegistrationSettings(context.db, request.identity.actor, event.id, settings, now);
      await notifyRegistrations(context, request.organisation.id, promoted, 'promoted', mailLog(request));
      const updated = (await findEvent(context.db, request.organisation.id, event.id))!;
      return { ...presentEvent(updated, process), seats: presentSeats(await seatSummary(context.db, updated, now)) };
    },
  });
}

/** The events API under /api/v1. */
export function registerEventApi(app: FastifyInstance, context: AppContext): void {
  registerEventReads(app, context);
  registerEventWrites(app, context);
}
