import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { loadVisibleProcess } from '../../processes/index.ts';
import { eventSubject, loadVisibleEvent } from '../loaders.ts';
import { eventDetailResponseSchema, eventResponseSchema, paginate, presentEvent, presentSeats } from '../presenters.ts';
import { listEvents } from '../queries/list-events.ts';
import { seatSummary } from '../queries/seat-summary.ts';
import { idParamsSchema } from '../schemas.ts';

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
      const process = await loadVisibleProcess(context, actor, params.slug);
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

/** The events API's reads under /api/v1 (its writes are actions). */
export function registerEventApi(app: FastifyInstance, context: AppContext): void {
  registerEventReads(app, context);
}
