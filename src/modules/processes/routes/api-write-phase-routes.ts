import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createPhase } from '../commands/create-phase.ts';
import { deletePhase } from '../commands/delete-phase.ts';
import { updatePhase } from '../commands/update-phase.ts';
import { findPhaseForAdmin } from '../queries/admin-phases.ts';
import { phasePatchSchema, phaseSchema } from '../schemas.ts';
import { phaseResponseSchema } from './api-write-responses.ts';
import { API_TAG, itemParams, patched, slugParams, writableProcess } from './api-write-support.ts';

/** Writes of a process's phases: add, change, delete. */
export function registerPhaseWriteApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/phases',
    summary: 'Add a phase after the last one',
    tag: API_TAG,
    params: slugParams,
    body: phaseSchema,
    response: phaseResponseSchema,
    status: 201,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const id = await createPhase(context.db, request.identity.actor, process.id, body, context.clock.now());
      return found(await findPhaseForAdmin(context.db, request.organisation.id, process.id, id));
    },
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/processes/:slug/phases/:id',
    summary: 'Change a phase (fields left out stay as they are)',
    tag: API_TAG,
    params: itemParams,
    body: phasePatchSchema,
    response: phaseResponseSchema,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const phase = found(await findPhaseForAdmin(context.db, request.organisation.id, process.id, params.id));
      const input = patched(phaseSchema, { ...phase }, body);
      await updatePhase(context.db, request.identity.actor, process.id, phase.id, input, context.clock.now());
      return found(await findPhaseForAdmin(context.db, request.organisation.id, process.id, phase.id));
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/processes/:slug/phases/:id',
    summary: 'Delete a phase (its timeline items stay, without a phase)',
    tag: API_TAG,
    params: itemParams,
    permission: 'processes.admin.list',
    handler: async ({ params, request }) => {
      const process = await writableProcess(context, request, params.slug);
      await deletePhase(context.db, request.identity.actor, process.id, params.id, context.clock.now());
      return undefined;
    },
  });
}
