import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { createMeasure } from '../commands/create-measure.ts';
import { withIndicatorOwner } from '../commands/resolve-owner.ts';
import { loadObjective } from '../loaders.ts';
import { measureInputSchema, objectiveParams } from '../schemas.ts';
import { renderObjectivePage } from './render-pages.tsx';

/** The unit's manager adds a measure (toimenpide) to an objective; its owner must hold a role for the unit. */
export const createMeasureAction = defineAction({
  name: 'goals.measure.create',
  summary: 'Add a measure with an owner and a due date to an objective',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: objectiveParams,
  input: measureInputSchema,
  load: ({ context, request, params }) => loadObjective(context, request, params.objectiveId),
  authorize: { permission: 'goals.objective.manage', resource: ({ subject }) => subject.work },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, input, now }) =>
    createMeasure(
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
    url: '/goals/objectives/:objectiveId/measures',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/goals/objectives/:objectiveId/measures',
    form: ({ context, request, subject }, reply, state, status) =>
      renderObjectivePage(context, request, reply, subject, { name: 'measure', ...state }, status),
    done: ({ subject }) => ({ to: `/admin/goals/objectives/${subject.objective.id}`, flash: 'goals.measure.created' }),
  },
});
