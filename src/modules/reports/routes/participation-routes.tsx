import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadCoordinatedProcess } from '../loaders.ts';
import { loadParticipationFigures } from '../participation/load-figures.ts';
import { slugParamsSchema } from '../schemas.ts';
import { ParticipationPage } from '../views/participation-page.tsx';

/** The coordinator's participation dashboard of a process. */
export function registerParticipationRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/reports/:slug/participation', async (request, reply) => {
    const { slug } = parse(slugParamsSchema, request.params);
    const process = await loadCoordinatedProcess(context, request, slug, 'reports.participation.view');
    const figures = await loadParticipationFigures(context, request.identity.actor.organisationId, process, request.locale);
    return renderPage(context, request, reply, <ParticipationPage process={process} figures={figures} />);
  });
}
