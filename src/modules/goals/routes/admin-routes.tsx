import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listProcessOptions } from '../../processes/index.ts';
import {
  renderGoalEditPage,
  renderIndicatorEditPage,
  renderMeasureEditPage,
  renderObjectiveEditPage,
} from '../actions/render-edit-pages.tsx';
import { renderGoalPage, renderIndicatorPage, renderObjectivePage, renderProcessPage } from '../actions/render-pages.tsx';
import { loadGoal, loadGoalsProcess, loadIndicator, loadMeasure, loadObjective } from '../loaders.ts';
import { goalParams, indicatorParams, measureParams, objectiveParams, processParams } from '../schemas.ts';
import { AdminIndexPage } from '../views/admin-index-page.tsx';
import { MeasureDeletePage } from '../views/measure-delete-page.tsx';

/** The goals' admin pages (reads only; their forms post to the module's actions). */
export function registerAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/goals', async (request, reply) => {
    authorize(context.authorizer, request, 'goals.admin.list');
    const processes = await listProcessOptions(context.db, request.identity.actor.organisationId);
    return renderPage(context, request, reply, <AdminIndexPage processes={processes} />);
  });
  page(app, 'GET', '/admin/goals/processes/:processId', async (request, reply) => {
    const { processId } = parse(processParams, request.params);
    return renderProcessPage(context, request, reply, await loadGoalsProcess(context, request, processId));
  });
  page(app, 'GET', '/admin/goals/goals/:goalId', async (request, reply) => {
    const { goalId } = parse(goalParams, request.params);
    return renderGoalPage(context, request, reply, await loadGoal(context, request, goalId));
  });
  page(app, 'GET', '/admin/goals/objectives/:objectiveId', async (request, reply) => {
    const { objectiveId } = parse(objectiveParams, request.params);
    return renderObjectivePage(context, request, reply, await loadObjective(context, request, objectiveId));
  });
  page(app, 'GET', '/admin/goals/indicators/:indicatorId', async (request, reply) => {
    const { indicatorId } = parse(indicatorParams, request.params);
    return renderIndicatorPage(context, request, reply, await loadIndicator(context, request, indicatorId));
  });
  // The edit pages answer 403 to whoever may not save them (the same rules as their actions).
  page(app, 'GET', '/admin/goals/goals/:goalId/edit', async (request, reply) => {
    const { goalId } = parse(goalParams, request.params);
    const loaded = await loadGoal(context, request, goalId);
    authorize(context.authorizer, request, 'goals.goal.manage', loaded.process);
    return renderGoalEditPage(context, request, reply, loaded);
  });
  page(app, 'GET', '/admin/goals/objectives/:objectiveId/edit', async (request, reply) => {
    const { objectiveId } = parse(objectiveParams, request.params);
    const loaded = await loadObjective(context, request, objectiveId);
    authorize(context.authorizer, request, 'goals.objective.manage', loaded.work);
    return renderObjectiveEditPage(context, request, reply, loaded);
  });
  page(app, 'GET', '/admin/goals/indicators/:indicatorId/edit', async (request, reply) => {
    const { indicatorId } = parse(indicatorParams, request.params);
    const loaded = await loadIndicator(context, request, indicatorId);
    authorize(context.authorizer, request, 'goals.objective.manage', loaded.work);
    return renderIndicatorEditPage(context, request, reply, loaded);
  });
  page(app, 'GET', '/admin/goals/measures/:measureId/edit', async (request, reply) => {
    const { measureId } = parse(measureParams, request.params);
    const loaded = await loadMeasure(context, request, measureId);
    authorize(context.authorizer, request, 'goals.objective.manage', loaded.work);
    return renderMeasureEditPage(context, request, reply, loaded);
  });
  // The question before a measure is deleted (the delete itself is the action goals.measure.delete).
  page(app, 'GET', '/admin/goals/measures/:measureId/delete', async (request, reply) => {
    const { measureId } = parse(measureParams, request.params);
    const loaded = await loadMeasure(context, request, measureId);
    authorize(context.authorizer, request, 'goals.objective.manage', loaded.work);
    return renderPage(context, request, reply, <MeasureDeletePage loaded={loaded} />);
  });
}
