import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { createIndicator } from '../commands/create-indicator.ts';
import { withIndicatorOwner } from '../commands/resolve-owner.ts';
import { loadObjective } from '../loaders.ts';
import { indicatorInputSchema, objectiveParams } from '../schemas.ts';
import { renderObjectivePage } from './render-pages.tsx';

/** The unit's manager adds an indicator to an objective; its owner (if not the objective's) must hold a role for the unit. */
export const createIndicatorAction = defineAction({
  name: 'goals.indicator.create',
  summary: 'Add an indicator to an objective',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: objectiveParams,
  input: indicatorInputSchema,
  load: ({ context, request, params }) => loadObjective(context, request, params.objectiveId),
  authorize: { permission: 'goals.objective.manage', resource: ({ subject }) => subject.work },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, input, now }) =>
    createIndicator(
      context.db,
      actor,
      subject.objective.id,
      await withIndicatorOwner(context, actor.organisationId, subject.work.unitPath, input),
      now,
    ),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/goals/objectives/:objectiveId/indicators',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/goals/objectives/:objectiveId/indicators',
    form: ({ context, request, subject }, reply, state, status) =>
      renderObjectivePage(context, request, reply, subject, { name: 'indicator', ...state }, status),
    done: (_call, id) => ({ to: `/admin/goals/indicators/${id}`, flash: 'goals.indicator.created' }),
  },
});
