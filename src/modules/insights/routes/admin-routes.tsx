import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listProcessOptions } from '../../processes/index.ts';
import { renderProcessRuns, renderRunPage, renderThemeEdit } from '../actions/render-pages.tsx';
import { loadRunContribution, renderContribution } from '../actions/tag-contribution.tsx';
import { loadAnalysedProcess, loadRun, loadTheme } from '../loaders.ts';
import { contributionParams, processParams, runParams, themeParams } from '../schemas.ts';
import { AdminProcessesPage } from '../views/admin-processes-page.tsx';
import { DEFAULT_START_VALUES } from '../views/start-run-form.tsx';

const parsed = <T,>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | null => {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
};

/** The analyst's pages: the processes, a process's runs with the start form, a run with its themes, and a theme's edit page. */
export function registerAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/insights', async (request, reply) => {
    authorize(context.authorizer, request, 'insights.admin.list');
    const actor = request.identity.actor;
    const processes = (await listProcessOptions(context.db, actor.organisationId)).filter((process) =>
      context.authorizer.can(actor, 'insights.run.view', process),
    );
    return renderPage(context, request, reply, <AdminProcessesPage processes={processes} />);
  });

  page(app, 'GET', '/admin/insights/processes/:processId', async (request, reply) => {
    const params = parsed(processParams, request.params);
    const process = await loadAnalysedProcess(context, request, params?.processId ?? '', 'insights.run.view');
    return renderProcessRuns(context, request, reply, process, { values: DEFAULT_START_VALUES });
  });

  page(app, 'GET', '/admin/insights/runs/:runId', async (request, reply) => {
    const params = parsed(runParams, request.params);
    const { run, process } = await loadRun(context, request, params?.runId ?? '', 'insights.run.view');
    return renderRunPage(context, request, reply, { run, process });
  });

  page(app, 'GET', '/admin/insights/runs/:runId/themes/:themeId', async (request, reply) => {
    const params = parsed(themeParams, request.params);
    const loaded = await loadTheme(context, request, params ?? { runId: '', themeId: '' });
    const { theme } = loaded;
    return renderThemeEdit(
      context,
      request,
      reply,
      { process: loaded.process, runId: loaded.run.id, theme },
      { values: { label: theme.label, summary: theme.summary } },
    );
  });

  page(app, 'GET', '/admin/insights/runs/:runId/contributions/:contributionId', async (request, reply) => {
    const params = parsed(contributionParams, request.params);
    const loaded = await loadRunContribution(context, request, params ?? { runId: '', contributionId: '' }, 'insights.run.view');
    return renderContribution(context, request, reply, loaded);
  });
}
