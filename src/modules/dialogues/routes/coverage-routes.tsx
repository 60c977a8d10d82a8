import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { dayInZone } from '../../../platform/views/fragment-cache.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { findProcessById } from '../../processes/index.ts';
import { recordCoverageExport } from '../commands/record-coverage-export.ts';
import { coverageCsv, coverageXlsx } from '../export/coverage-csv.ts';
import { countRemindedOn } from '../queries/count-reminded.ts';
import { findRound } from '../queries/find-round.ts';
import { loadCoverage } from '../queries/load-coverage.ts';
import { coverageQuerySchema, roundParamsSchema } from '../schemas.ts';
import { CoveragePage } from '../views/coverage-page.tsx';

/** The coverage page of a round and its CSV: the coordinator sees every work community, a unit manager their own. */
export function registerCoverageRoutes(app: FastifyInstance, context: AppContext): void {
  const load = async (request: FastifyRequest) => {
    const { id } = parse(roundParamsSchema, request.params);
    const actor = request.identity.actor;
    const round = await findRound(context.db, actor.organisationId, id);
    if (!round) throw notFound();
    authorize(context.authorizer, request, 'dialogues.coverage.view', round);
    // The organisation's day, formatted once a minute per time zone rather than on every request.
    const today = dayInZone(context.clock.now(), request.organisation.timeZone);
    return { round, today, coverage: await loadCoverage(context, actor, round, today) };
  };

  page(app, 'GET', '/admin/dialogues/:id/coverage', async (request, reply) => {
    const { round, today, coverage } = await load(request);
    const query = parse(coverageQuerySchema, request.query);
    const total = coverage.rows.length;
    const pageCount = Math.max(1, Math.ceil(total / query.perPage));
    // A page past the end (the round lost communities since the link was made) shows the last one.
    const current = Math.min(query.page, pageCount);
    const start = (current - 1) * query.perPage;
    const canRemind = context.authorizer.can(request.identity.actor, 'dialogues.reminder.send', round);
    const process = await findProcessById(context.db, round.organisationId, round.processId);
    const resultsPath = process ? `/processes/${process.slug}/dialogues/${round.id}` : null;
    const remindedToday = canRemind ? await countRemindedOn(context.db, round.organisationId, round.id, today) : 0;
    return renderPage(
      context,
      request,
      reply,
      <CoveragePage
        round={round}
        coverage={coverage}
        pageRows={coverage.rows.slice(start, start + query.perPage)}
        paging={{ page: current, perPage: query.perPage, pageCount, total }}
        today={today}
        canRemind={canRemind}
        remindedToday={remindedToday}
        resultsPath={resultsPath}
      />,
    );
  });

  page(app, 'GET', '/admin/dialogues/:id/coverage.csv', async (request, reply) => {
    const { round, coverage } = await load(request);
    await recordCoverageExport(context.db, request.identity.actor, round.id, 'csv', request.ip, context.clock.now());
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="dialogue-coverage-${round.id.slice(0, 8)}.csv"`)
      .header('cache-control', 'no-store')
      .send(coverageCsv(coverage, context.translator, request.locale));
  });

  page(app, 'GET', '/admin/dialogues/:id/coverage.xlsx', async (request, reply) => {
    const { round, coverage } = await load(request);
    await recordCoverageExport(context.db, request.identity.actor, round.id, 'xlsx', request.ip, context.clock.now());
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="dialogue-coverage-${round.id.slice(0, 8)}.xlsx"`)
      .header('cache-control', 'no-store')
      .send(await coverageXlsx(coverage, context.translator, request.locale));
  });
}
