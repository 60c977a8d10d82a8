import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findVisibleProcess } from '../../processes/index.ts';
import { closeWorkshop } from '../commands/close-workshop.ts';
import { createWorkshop } from '../commands/create-workshop.ts';
import { reopenWorkshop } from '../commands/reopen-workshop.ts';
import { updateWorkshop } from '../commands/update-workshop.ts';
import type { WorkshopLive } from '../live/workshop-live.ts';
import { listProcessWorkshops } from '../queries/list-workshops.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { workshopResults } from '../results.ts';
import { idParamsSchema, outcomeSchema, workshopSettingsSchema } from '../schemas.ts';
import { loadRoom } from './access.ts';
import { workshopDetail, workshopDetailSchema, workshopSummary, workshopSummarySchema } from './api-shapes.ts';

const TAG = 'workshops';
const slugParams = z.object({ slug: z.string().max(200) });

/** Workshops of a process, one workshop with its results, and the facilitator's set-up, closing and reopening. */
export function registerWorkshopApi(app: FastifyInstance, context: AppContext, live: WorkshopLive): void {
  const detailOf = async (request: Parameters<typeof loadRoom>[1], id: string) => {
    const room = await loadRoom(context, request, id);
    authorize(context.authorizer, request, 'workshops.results.view', {
      processId: room.workshop.processId,
      resultsPublic: room.workshop.resultsPublic,
      participantId: room.participant?.id ?? null,
    });
    const state = await loadWorkshopState(context.db, room.workshop.organisationId, room.workshop.id);
    if (!state) return undefined;
    return workshopDetail(state, workshopResults(state, { facilitates: room.facilitates }), { facilitates: room.facilitates });
  };

  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/workshops',
    summary: 'The workshops and seminars of a process: those with public results, or all for its facilitators',
    tag: TAG,
    params: slugParams,
    response: pageOf(workshopSummarySchema),
    handler: async ({ request, params }) => {
      const process = await findVisibleProcess(context, request.identity.actor, params.slug);
      const facilitates = context.authorizer.can(request.identity.actor, 'workshops.workshop.facilitate', { processId: process.id });
      const workshops = await listProcessWorkshops(context.db, request.organisation.id, process.id, { resultsPublicOnly: !facilitates });
      return { items: workshops.map((workshop) => workshopSummary(workshop, { facilitates })), nextCursor: null };
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/workshops',
    summary: 'Sets up a workshop or seminar with its prompts and groups; answers it with its join code',
    tag: TAG,
    errors: [409],
    access: 'signed-in',
    params: slugParams,
    body: workshopSettingsSchema.and(z.object({ template: z.string().max(60).default('') })),
    response: workshopDetailSchema,
    status: 201,
    handler: async ({ request, params, body }) => {
      const process = await findVisibleProcess(context, request.identity.actor, params.slug);
      authorize(context.authorizer, request, 'workshops.workshop.create', process);
      const id = await createWorkshop(context.db, request.identity.actor, process.id, body, context.clock.now());
      return detailOf(request, id);
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/workshops/:id',
    summary: 'A workshop with its prompts, walls, clusters, dots and a seminar’s outcome (public once its results are)',
    tag: TAG,
    params: idParamsSchema,
    response: workshopDetailSchema,
    handler: async ({ request, params }) => detailOf(request, params.id),
  });

  context.api.add(app, {
    method: 'PUT',
    url: '/workshops/:id',
    summary: 'Changes a workshop’s settings, prompts (with their ids to keep them) and groups',
    tag: TAG,
    errors: [409],
    access: 'signed-in',
    params: idParamsSchema,
    body: workshopSettingsSchema,
    response: workshopDetailSchema,
    handler: async ({ request, params, body }) => {
      const room = await loadRoom(context, request, params.id);
      authorize(context.authorizer, request, 'workshops.workshop.facilitate', { processId: room.workshop.processId });
      await updateWorkshop(context.db, request.identity.actor, room.workshop.id, body, context.clock.now());
      await live.changed(room.workshop);
      return detailOf(request, params.id);
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/workshops/:id/close',
    summary: 'Ends a workshop (its code expires); a seminar may record its agreed, ordered outcome with items',
    tag: TAG,
    access: 'signed-in',
    params: idParamsSchema,
    body: outcomeSchema.partial(),
    status: 204,
    handler: async ({ request, params, body }) => {
      const room = await loadRoom(context, request, params.id);
      authorize(context.authorizer, request, 'workshops.workshop.facilitate', { processId: room.workshop.processId });
      const outcome = body.items ?? null;
      await closeWorkshop(context.db, request.identity.actor, room.workshop, outcome, context.clock.now());
      await live.changed(room.workshop);
      return undefined;
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/workshops/:id/reopen',
    summary: 'Opens an ended workshop again',
    tag: TAG,
    access: 'signed-in',
    params: idParamsSchema,
    noBody: true,
    status: 204,
    handler: async ({ request, params }) => {
      const room = await loadRoom(context, request, params.id);
      authorize(context.authorizer, request, 'workshops.workshop.facilitate', { processId: room.workshop.processId });
      await reopenWorkshop(context.db, request.identity.actor, room.workshop, context.clock.now());
      await live.changed(room.workshop);
      return undefined;
    },
  });
}
