import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createBody } from '../commands/create-body.ts';
import { deleteBody } from '../commands/delete-body.ts';
import { updateBody } from '../commands/update-body.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import { bodyPatchSchema, bodySchema } from '../schemas.ts';
import { registerBodyPartWriteApiRoutes } from './api-write-member-routes.ts';
import { bodyResponseSchema } from './api-write-responses.ts';
import { API_TAG, itemParams, patched, slugParams, writableProcess } from './api-write-support.ts';

/** Writes of a process's bodies: add, change, delete; members and sectors beneath them. */
export function registerBodyWriteApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/bodies',
    summary: 'Add a body to the process’s organisation chart',
    tag: API_TAG,
    params: slugParams,
    body: bodySchema,
    response: bodyResponseSchema,
    status: 201,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const id = await createBody(context.db, request.identity.actor, process.id, body, context.clock.now());
      return found(await findBodyForAdmin(context.db, request.organisation.id, process.id, id));
    },
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/processes/:slug/bodies/:id',
    summary: 'Change a body (fields left out stay as they are)',
    tag: API_TAG,
    params: itemParams,
    body: bodyPatchSchema,
    response: bodyResponseSchema,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const current = found(await findBodyForAdmin(context.db, request.organisation.id, process.id, params.id));
      const input = patched(bodySchema, { ...current }, body);
      await updateBody(context.db, request.identity.actor, process.id, current.id, input, context.clock.now());
      return found(await findBodyForAdmin(context.db, request.organisation.id, process.id, current.id));
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/processes/:slug/bodies/:id',
    summary: 'Delete a body with its members and sectors',
    tag: API_TAG,
    params: itemParams,
    permission: 'processes.admin.list',
    handler: async ({ params, request }) => {
      const process = await writableProcess(context, request, params.slug);
      await deleteBody(context.db, request.identity.actor, process.id, params.id, context.clock.now());
      return undefined;
    },
  });

  registerBodyPartWriteApiRoutes(app, context);
}
