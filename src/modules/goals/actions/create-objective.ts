import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { createObjective } from '../commands/create-objective.ts';
import { resolveObjectiveUnit } from '../commands/resolve-owner.ts';
import { loadGoal } from '../loaders.ts';
import { goalParams, objectiveInputSchema } from '../schemas.ts';
import { renderGoalPage } from './render-pages.tsx';

/**
 * A unit manager (or the coordinator) derives a unit's objective from a goal: the objective cites
 * the goal by its path, and its owner must hold a role for the unit.
 */
export const createObjectiveAction = defineAction({
  name: 'goals.objective.create',
  summary: 'Derive a unit’s objective from a goal',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: goalParams,
  input: objectiveInputSchema,
  load: ({ context, request, params }) => loadGoal(context, request, params.goalId),
  // The rule `goals.objective.manage` is asked in `run` about the unit the form chose: a unit the actor
  // does not manage is that field's error (422), so the form says which choice is wrong.
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, input, now }) => {
    const { ownerUserId } = await resolveObjectiveUnit(context, actor, subject.process.id, input);
    return createObjective(context.db, actor, { goal: subject.goal, unitId: input.unitId, title: input.title, ownerUserId }, now);
  },
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/goals/:goalId/objectives',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/goals/goals/:goalId/objectives',
    form: ({ context, request, subject }, reply, state, status) =>
      renderGoalPage(context, request, reply, subject, { name: 'objective', ...state }, status),
    done: (_call, id) => ({ to: `/admin/goals/objectives/${id}`, flash: 'goals.objective.created' }),
  },
});
