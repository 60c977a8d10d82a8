import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { loadVisibleProcess } from '../../processes/index.ts';
import { presentWorkshopSummary, workshopDetailResponseSchema, workshopSummaryResponseSchema } from '../presenters.ts';
import { listProcessWorkshops } from '../queries/list-workshops.ts';
import { idParamsSchema } from '../schemas.ts';
import { workshopDetailOf } from '../workshop-detail.ts';

const TAG = 'workshops';
const slugParams = z.object({ slug: z.string().max(200) });

/** Workshops of a process, and one workshop with its results; the writes are the module's actions. */
export function registerWorkshopApi(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/workshops',
    summary: 'The workshops and seminars of a process: those with public results, or all for its facilitators',
    tag: TAG,
    params: slugParams,
    response: pageOf(workshopSummaryResponseSchema),
    handler: async ({ request, params }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const facilitates = context.authorizer.can(request.identity.actor, 'workshops.workshop.facilitate', { processId: process.id });
      const workshops = await listProcessWorkshops(context.db, request.organisation.id, process.id, { resultsPublicOnly: !facilitates });
      return { items: workshops.map((workshop) => presentWorkshopSummary(workshop, { facilitates })), nextCursor: null };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/workshops/:id',
    summary: 'A workshop with its prompts, walls, clusters, dots and a seminar’s outcome (public once its results are)',
    tag: TAG,
    params: idParamsSchema,
    response: workshopDetailResponseSchema,
    handler: async ({ request, params }) => workshopDetailOf(context, request, params.id),
  });
}
