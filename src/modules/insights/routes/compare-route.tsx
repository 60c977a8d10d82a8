import type { FastifyInstance, FastifyRequest } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadRun } from '../loaders.ts';
import type { ThemeRun } from '../model.ts';
import { listRuns } from '../queries/find-run.ts';
import { listRunThemes } from '../queries/list-run-themes.ts';
import { loadRunDescription } from '../queries/load-run-description.ts';
import { runParams } from '../schemas.ts';
import { compareRuns } from '../themes/run-description.ts';
import { correspondThemes } from '../themes/theme-correspondence.ts';
import { CompareRunsPage, type RunComparisonView } from '../views/compare-runs-page.tsx';

/** Two finished runs compared, the older first: `compareRuns` on the whole, `correspondThemes` theme by theme. */
async function compareTwo(context: AppContext, request: FastifyRequest, runs: [ThemeRun, ThemeRun]): Promise<RunComparisonView> {
  const organisationId = request.identity.actor.organisationId;
  const [earlier, later] = [...runs].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) as [ThemeRun, ThemeRun];
  const described = await Promise.all(
    [earlier, later].map(async (run) => {
      const themes = await listRunThemes(context.db, organisationId, run.id);
      const ids = themes.map((theme) => theme.id);
      return {
        names: themes.map((theme) => localize(theme.label, request.locale)),
        description: await loadRunDescription(context.db, organisationId, run, ids),
      };
    }),
  );
  const [a, b] = described as [(typeof described)[0], (typeof described)[0]];
  return {
    earlier,
    later,
    earlierNames: a.names,
    laterNames: b.names,
    comparison: compareRuns(a.description, b.description),
    correspondence: correspondThemes(
      { themeCount: a.names.length, assignments: a.description.outputs.assignments },
      { themeCount: b.names.length, assignments: b.description.outputs.assignments },
    ),
  };
}

/** A run compared with another finished run of its process, chosen on the page. */
export function registerCompareRoute(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/insights/runs/:runId/compare', async (request, reply) => {
    const params = runParams.safeParse(request.params);
    const { run, process } = await loadRun(context, request, params.success ? params.data.runId : '', 'insights.run.view');
    const organisationId = request.identity.actor.organisationId;
    const query = (request.query ?? {}) as Record<string, unknown>;
    const chosen = typeof query.with === 'string' ? query.with : '';
    const others = (await listRuns(context.db, organisationId, process.id, 50)).filter(
      (candidate) => candidate.id !== run.id && candidate.status === 'succeeded',
    );
    const other = others.find((candidate) => candidate.id === chosen);
    const refused = (chosen !== '' && !other) || run.status !== 'succeeded';
    const result = other && run.status === 'succeeded' ? await compareTwo(context, request, [run, other]) : null;
    const when = (date: string) => context.translator.formatDate(request.locale, date, { dateStyle: 'medium', timeStyle: 'short' });
    reply.header('cache-control', 'no-store');
    return renderPage(
      context,
      request,
      reply,
      <CompareRunsPage
        process={process}
        run={run}
        others={others.map((candidate) => ({
          value: candidate.id,
          label: context.translator.t(request.locale, 'insights.analysis.runCrumb', { date: when(candidate.createdAt) }),
        }))}
        chosen={chosen}
        errors={
          refused ? { with: { key: run.status === 'succeeded' ? 'insights.validation.choice' : 'insights.compare.unfinished' } } : undefined
        }
        result={result}
      />,
      refused ? 422 : 200,
    );
  });
}
