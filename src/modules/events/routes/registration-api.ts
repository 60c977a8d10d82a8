import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { badCursor, pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { recordRegistrationsRead } from '../commands/record-registrations-read.ts';
import { loadManagedEvent } from '../loaders.ts';
import { registrationItemSchema } from '../presenters.ts';
import { listRegistrations } from '../queries/list-registrations.ts';
import { EVENT_LIMITS } from '../schemas.ts';

const TAG = 'events';
const eventParams = z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) });
const _registrationParams = eventParams.extend({ registrationId: z.string().min(1).max(EVENT_LIMITS.idMax) });

function registerRegistrationList(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/events/:id/registrations',
    summary: 'The registrations of an event in registration order (organisers; the read is audited)',
    tag: TAG,
    params: eventParams,
    query: pageQuerySchema,
    response: pageOf(registrationItemSchema),
    handler: async ({ params, query, request }) => {
      // The registrations of one event come as one page: a list position can only be a stale or made-up one.
      if (query.cursor) throw badCursor();
      const { event } = await loadManagedEvent(context, request, params.id, 'events.checkin.manage');
      const items = await listRegistrations(context.db, event.organisationId, event.id);
      await recordRegistrationsRead(context.db, request.identity.actor, event.id, request.ip, context.clock.now());
      return { items, nextCursor: null };
    },
  });
}

/** The organiser's list of an event's registrations (registering, removals and moves are actions). */
export function registerRegistrationApi(app: FastifyInstance, context: AppContext): void {
  registerRegistrationList(app, context);
}
