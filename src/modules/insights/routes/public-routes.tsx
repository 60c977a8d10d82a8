import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadVisibleProcess, PROCESS_SLUG_MAX_LENGTH } from '../../processes/index.ts';
import { loadRun } from '../loaders.ts';
import { presentPublishedThemes, publishedThemesCsv, publishedThemesResponseSchema } from '../presenters.ts';
import { findPublishedThemes } from '../queries/find-published-themes.ts';
import { runParams } from '../schemas.ts';
import { PublicThemesPage } from '../views/public-themes-page.tsx';

const slugParams = z.object({ slug: z.string().max(PROCESS_SLUG_MAX_LENGTH) });

const runResponseSchema = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  progress: z.number(),
  error: z.string().nullable(),
  contributionCount: z.number().nullable(),
  sentenceCount: z.number().nullable(),
});

/** The published themes: the public page, JSON and CSV; and a run's progress for the analyst's API clients. */
export function registerPublicRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/themes', async (request, reply) => {
    const slug = String((request.params as { slug?: unknown }).slug ?? '');
    const process = await loadVisibleProcess(context, request.identity.actor, slug);
    const published = await findPublishedThemes(context.db, request.identity.actor.organisationId, process.id);
    return renderPage(context, request, reply, <PublicThemesPage process={process} published={published} />);
  });

  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/themes',
    summary: 'The published themes of a process: topics → subtopics → quotes with the ids of their contributions',
    tag: 'insights',
    params: slugParams,
    response: publishedThemesResponseSchema,
    handler: async ({ params, request }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      return presentPublishedThemes(await findPublishedThemes(context.db, request.identity.actor.organisationId, process.id));
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/themes.csv',
    summary: 'The published themes of a process as CSV: one row per quote with its topic, subtopic and contribution id',
    tag: 'insights',
    params: slugParams,
    handler: async ({ params, request, reply }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const published = await findPublishedThemes(context.db, request.identity.actor.organisationId, process.id);
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${process.slug}-themes.csv"`)
        .send(publishedThemesCsv(published));
      return undefined;
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/insights/runs/:runId',
    summary: 'A theme run’s status and progress',
    tag: 'insights',
    params: runParams,
    permission: 'insights.admin.list',
    response: runResponseSchema,
    handler: async ({ params, request }) => {
      const { run } = await loadRun(context, request, params.runId, 'insights.run.view');
      authorize(context.authorizer, request, 'insights.run.view', { id: run.processId });
      return {
        id: run.id,
        status: run.status,
        progress: run.progress,
        error: run.error,
        contributionCount: run.contributionCount,
        sentenceCount: run.sentenceCount,
      };
    },
  });
}
