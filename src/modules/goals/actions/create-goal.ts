import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { createGoal } from '../commands/create-goal.ts';
import { loadGoalsProcess } from '../loaders.ts';
import { goalInputSchema, processParams } from '../schemas.ts';
import { renderProcessPage } from './render-pages.tsx';

/** The coordinator adds a strategy goal to a process (optionally citing a story paragraph). */
export const createGoalAction = defineAction({
  name: 'goals.goal.create',
  summary: 'Add a strategy goal to a process',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: processParams,
  input: goalInputSchema,
  load: ({ context, request, params }) => loadGoalsProcess(context, request, params.processId),
  authorize: { permission: 'goals.goal.manage', resource: ({ subject }) => subject },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => createGoal(context.db, actor, subject.id, input, now),
  // The public follow-up page is read afresh (not from the render cache).
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/goals/processes/:processId/goals',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/goals/processes/:processId/goals',
    form: ({ context, request, subject }, reply, state, status) =>
      renderProcessPage(context, request, reply, subject, { name: 'goal', ...state }, status),
    done: (_call, id) => ({ to: `/admin/goals/goals/${id}`, flash: 'goals.goal.created' }),
  },
});
