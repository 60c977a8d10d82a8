import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadRoom } from '../access.ts';
import { liveView } from '../live/live-view.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { idParamsSchema } from '../schemas.ts';
import { ProjectorPage } from '../views/projector-page.tsx';
import { joinAddress } from './console-routes.tsx';

/** The projector view: opened by the facilitator on the big screen. */
export function registerProjectorRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/workshops/:id/projector', async (request, reply) => {
    const room = await loadRoom(context, request, parse(idParamsSchema, request.params).id);
    authorize(context.authorizer, request, 'workshops.workshop.facilitate', room.workshop);
    const state = found(await loadWorkshopState(context.db, room.workshop.organisationId, room.workshop.id));
    const live = liveView(state, { kind: 'projector' });
    return renderPage(
      context,
      request,
      reply,
      <ProjectorPage workshop={state.workshop} live={live} version={state.workshop.version} joinUrl={joinAddress(context, request)} />,
    );
  });
}
