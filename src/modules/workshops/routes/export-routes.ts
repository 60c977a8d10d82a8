import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import type { AppContext } from '../../../platform/module.ts';
import { loadRoom } from '../access.ts';
import { EXPORT_COLUMNS, exportRows } from '../export-rows.ts';
import { presentWorkshopDetail } from '../presenters.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { workshopResults } from '../results.ts';
import { idParamsSchema } from '../schemas.ts';

/** The export of a workshop: every note as CSV, or the whole workshop with its walls and notes as JSON. */
export function registerExportRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/workshops/:id/export',
    summary: 'Every note with its prompt, group, cluster and dots: ?format=csv|json (facilitators and analysts)',
    tag: 'workshops',
    params: idParamsSchema,
    query: z.object({ format: z.enum(['csv', 'json']).default('csv') }),
    handler: async ({ request, reply, params, query }) => {
      const room = await loadRoom(context, request, params.id);
      authorize(context.authorizer, request, 'workshops.results.export', { processId: room.workshop.processId });
      const state = found(await loadWorkshopState(context.db, room.workshop.organisationId, room.workshop.id));
      // Named notes carry people's names: every export is recorded.
      await recordAudit(
        context.db,
        {
          organisationId: room.workshop.organisationId,
          actorUserId: request.identity.actor.userId,
          action: 'workshops.results.export',
          subjectType: 'workshop',
          subjectId: room.workshop.id,
          details: { format: query.format },
        },
        context.clock.now(),
      );
      const rows = exportRows(state);
      const name = `workshop-${room.workshop.id.slice(0, 8)}.${query.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store');
      if (query.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8');
        return reply.send(stringify(rows, { header: true, bom: true, columns: EXPORT_COLUMNS }));
      }
      const detail = presentWorkshopDetail(state, workshopResults(state, { facilitates: true }), { facilitates: true });
      reply.header('content-type', 'application/json; charset=utf-8');
      return reply.send(JSON.stringify({ workshop: detail, notes: rows }));
    },
  });
}
