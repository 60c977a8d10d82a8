import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadVisibleProcess } from '../../processes/index.ts';
import { findRound } from '../queries/find-round.ts';
import { loadResults } from '../queries/load-results.ts';
import { idSchema } from '../schemas.ts';
import { ResultsPage } from '../views/results-page.tsx';

const resultsParamsSchema = z.object({ slug: z.string().max(200), id: idSchema });

/** A round's published results, for whoever may see its process (the public, for a public process). */
export function registerResultsRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/dialogues/:id', async (request, reply) => {
    const { slug, id } = parse(resultsParamsSchema, request.params);
    const actor = request.identity.actor;
    const process = await loadVisibleProcess(context, actor, slug);
    const round = await findRound(context.db, actor.organisationId, id);
    if (!round || round.processId !== process.id) throw notFound();
    const results = await loadResults(context.db, actor.organisationId, round);
    return renderPage(context, request, reply, <ResultsPage round={round} results={results} />);
  });
}
