import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createProcess } from '../commands/create-process.ts';
import { deleteProcess } from '../commands/delete-process.ts';
import { updateProcess } from '../commands/update-process.ts';
import { findProcessById } from '../queries/find-process.ts';
import { processPatchSchema, processSchema } from '../schemas.ts';
import { registerBodyWriteApiRoutes } from './api-write-body-routes.ts';
import { registerPhaseWriteApiRoutes } from './api-write-phase-routes.ts';
import { processResponseSchema } from './api-write-responses.ts';
import { API_TAG, patched, slugParams, writableProcess } from './api-write-support.ts';
import { registerTimelineWriteApiRoutes } from './api-write-timeline-routes.ts';

function registerProcessWrites(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/processes',
    summary: 'Create a process (a draft unless visibility is given)',
    tag: API_TAG,
    errors: [409],
    body: processSchema,
    response: processResponseSchema,
    status: 201,
    permission: 'processes.process.create',
    handler: async ({ body, request }) => {
      const id = await createProcess(context.db, request.identity.actor, body, context.clock.now());
      return found(await findProcessById(context.db, request.organisation.id, id));
    },
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/processes/:slug',
    summary: 'Change a process: texts, slug, media or visibility (fields left out stay as they are)',
    tag: API_TAG,
    params: slugParams,
    body: processPatchSchema,
    response: processResponseSchema,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const { slug, title, summary, story, heroImageUrl, heroImageAlt, heroVideoUrl, visibility } = process;
      const current = { slug, title, summary, story, heroImageUrl, heroImageAlt, heroVideoUrl, visibility };
      const input = patched(processSchema, current, body);
      await updateProcess(context.db, request.identity.actor, process.id, input, context.clock.now());
      return found(await findProcessById(context.db, request.organisation.id, process.id));
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/processes/:slug',
    summary: 'Delete a process with its phases, bodies and timeline',
    tag: API_TAG,
    params: slugParams,
    permission: 'processes.process.delete',
    handler: async ({ params, request }) => {
      const process = await writableProcess(context, request, params.slug, 'processes.process.delete');
      await deleteProcess(context.db, request.identity.actor, process.id, context.clock.now());
      return undefined;
    },
  });
}

/** The JSON API's writes of processes and their phases, bodies (members, sectors) and timeline. */
export function registerProcessWriteApiRoutes(app: FastifyInstance, context: AppContext): void {
  registerProcessWrites(app, context);
  registerPhaseWriteApiRoutes(app, context);
  registerBodyWriteApiRoutes(app, context);
  registerTimelineWriteApiRoutes(app, context);
}
