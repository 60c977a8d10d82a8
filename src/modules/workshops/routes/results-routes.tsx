import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadVisibleProcess } from '../../processes/index.ts';
import { loadRoom, resultsSubject } from '../access.ts';
import { listProcessWorkshops } from '../queries/list-workshops.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { workshopResults } from '../results.ts';
import { idParamsSchema } from '../schemas.ts';
import { ProcessWorkshopsPage } from '../views/process-workshops-page.tsx';
import { ResultsPage, SummaryPage } from '../views/results-page.tsx';

/** Results, the printable summary, and a process's list of workshops with public results. */
export function registerResultsRoutes(app: FastifyInstance, context: AppContext): void {
  const resultsOf = async (request: FastifyRequest) => {
    const room = await loadRoom(context, request, parse(idParamsSchema, request.params).id);
    const analyses = context.authorizer.can(request.identity.actor, 'workshops.results.export', room.workshop);
    if (!analyses) authorize(context.authorizer, request, 'workshops.results.view', resultsSubject(room));
    const state = found(await loadWorkshopState(context.db, room.workshop.organisationId, room.workshop.id));
    return { room, state, analyses, results: workshopResults(state, { facilitates: room.facilitates }) };
  };

  page(app, 'GET', '/workshops/:id/results', async (request, reply) => {
    const { room, state, results, analyses } = await resultsOf(request);
    const processTitle = localize(room.process.title, request.locale);
    return renderPage(
      context,
      request,
      reply,
      <ResultsPage state={state} results={results} processTitle={processTitle} canExport={analyses} process={room.process} />,
    );
  });

  page(app, 'GET', '/workshops/:id/summary', async (request, reply) => {
    const { room, state, results } = await resultsOf(request);
    return renderPage(
      context,
      request,
      reply,
      <SummaryPage state={state} results={results} processTitle={localize(room.process.title, request.locale)} />,
    );
  });

  page(app, 'GET', '/processes/:slug/workshops', async (request, reply) => {
    const { slug } = parse(z.object({ slug: z.string().max(200) }), request.params);
    const process = await loadVisibleProcess(context, request.identity.actor, slug);
    const workshops = await listProcessWorkshops(context.db, request.organisation.id, process.id, { resultsPublicOnly: true });
    return renderPage(context, request, reply, <ProcessWorkshopsPage process={process} workshops={workshops} />);
  });
}
