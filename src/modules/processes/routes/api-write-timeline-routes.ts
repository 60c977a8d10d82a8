import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createTimelineItem } from '../commands/create-timeline-item.ts';
import { deleteTimelineItem } from '../commands/delete-timeline-item.ts';
import { updateTimelineItem } from '../commands/update-timeline-item.ts';
import { findTimelineItemForAdmin } from '../queries/admin-timeline.ts';
import { timelineItemPatchSchema, timelineItemSchema } from '../schemas.ts';
import { timelineItemResponseSchema } from './api-write-responses.ts';
import { API_TAG, itemParams, patched, slugParams, writableProcess } from './api-write-support.ts';

/** Writes of a process's timeline: add, change, delete (with audience bodies). */
export function registerTimelineWriteApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/timeline',
    summary: 'Add a timeline item with its audience bodies',
    tag: API_TAG,
    params: slugParams,
    body: timelineItemSchema,
    response: timelineItemResponseSchema,
    status: 201,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const id = await createTimelineItem(context.db, request.identity.actor, process.id, body, context.clock.now());
      return found(await findTimelineItemForAdmin(context.db, request.organisation.id, process.id, id));
    },
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/processes/:slug/timeline/:id',
    summary: 'Change a timeline item (fields left out stay as they are; audienceBodyIds replaces the audience)',
    tag: API_TAG,
    params: itemParams,
    body: timelineItemPatchSchema,
    response: timelineItemResponseSchema,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const item = found(await findTimelineItemForAdmin(context.db, request.organisation.id, process.id, params.id));
      const input = patched(timelineItemSchema, { ...item }, body);
      await updateTimelineItem(context.db, request.identity.actor, process.id, item.id, input, context.clock.now());
      return found(await findTimelineItemForAdmin(context.db, request.organisation.id, process.id, item.id));
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/processes/:slug/timeline/:id',
    summary: 'Delete a timeline item',
    tag: API_TAG,
    params: itemParams,
    permission: 'processes.admin.list',
    handler: async ({ params, request }) => {
      const process = await writableProcess(context, request, params.slug);
      await deleteTimelineItem(context.db, request.identity.actor, process.id, params.id, context.clock.now());
      return undefined;
    },
  });
}
