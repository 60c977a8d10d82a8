import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadVisibleProcess, PROCESS_SLUG_MAX_LENGTH, type Process } from '../../processes/index.ts';
import { unitsOf } from '../actions/render-pages.tsx';
import { renderReportPage } from '../actions/render-report-page.tsx';
import { buildFollowUpTree } from '../follow-up-tree.ts';
import { loadReportLink } from '../loaders.ts';
import { FOLLOW_UP_COLUMNS, followUpCsv, followUpResponseSchema, presentFollowUp } from '../presenters.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import { reportParams } from '../schemas.ts';
import { PublicFollowUpPage } from '../views/public-follow-up-page.tsx';

const slugParams = z.object({ slug: z.string().max(PROCESS_SLUG_MAX_LENGTH) });
const unitQuery = z.object({ unit: z.string().max(64).optional() });

/** The follow-up of a visible process, optionally of one unit (and what is beneath it). */
async function followUpOf(context: AppContext, request: FastifyRequest, process: Process, unitId: string | null) {
  const units = await unitsOf(context, request);
  const followUp = await loadFollowUp(context.db, request.identity.actor.organisationId, process.id);
  const unitIds = unitId ? new Set(units.flat.filter((unit) => units.pathOf(unit.id).includes(unitId)).map((unit) => unit.id)) : undefined;
  const tree = buildFollowUpTree(followUp, unitIds ? { unitIds } : {});
  const withObjectives = new Set(followUp.objectives.map((objective) => objective.unitId));
  const unitList = units.flat
    .filter((unit) => withObjectives.has(unit.id))
    .map((unit) => ({ id: unit.id, name: units.names.get(unit.id) ?? '' }));
  return { tree, unitNames: units.names, unitList, known: unitId === null || units.names.has(unitId) };
}

/** The public follow-up: the page, JSON and CSV with a data dictionary; readable without signing in wherever the process is visible. */
export function registerPublicRoutes(app: FastifyInstance, context: AppContext): void {
  // A reporter's mailed link: their indicators' form, without signing in (the link is the authority).
  page(app, 'GET', '/goals/report/:token', async (request, reply) => {
    const { token } = parse(reportParams, request.params);
    return renderReportPage(context, request, reply, token, await loadReportLink(context, request.organisation.id, token));
  });
  page(app, 'GET', '/processes/:slug/goals', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const query = unitQuery.safeParse(request.query);
    const unitId = query.success && query.data.unit ? query.data.unit : null;
    const process = await loadVisibleProcess(context, request.identity.actor, slug);
    const result = await followUpOf(context, request, process, unitId);
    return renderPage(
      context,
      request,
      reply,
      <PublicFollowUpPage
        process={process}
        tree={result.tree}
        unitNames={result.unitNames}
        units={result.unitList}
        unitId={result.known ? unitId : null}
      />,
    );
  });

  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/goals',
    summary: 'A process’s goals with the units’ objectives, indicators and their periods (target, actual, comment, status)',
    tag: 'goals',
    params: slugParams,
    query: unitQuery,
    response: followUpResponseSchema,
    handler: async ({ params, query, request }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const result = await followUpOf(context, request, process, query.unit ?? null);
      return presentFollowUp(result.tree, result.unitNames);
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/goals.csv',
    summary: 'A process’s follow-up as CSV: one row per indicator and reporting round (columns in the data dictionary)',
    tag: 'goals',
    params: slugParams,
    handler: async ({ params, request, reply }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const result = await followUpOf(context, request, process, null);
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${process.slug}-goals.csv"`)
        .send(followUpCsv(result.tree, result.unitNames));
      return undefined;
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/goals/dictionary',
    summary: 'The data dictionary of the follow-up’s CSV: each column’s name and meaning',
    tag: 'goals',
    params: slugParams,
    response: z.object({ columns: z.array(z.object({ name: z.string(), description: z.string() })) }),
    handler: async ({ params, request }) => {
      await loadVisibleProcess(context, request.identity.actor, params.slug);
      return { columns: [...FOLLOW_UP_COLUMNS] };
    },
  });
}
