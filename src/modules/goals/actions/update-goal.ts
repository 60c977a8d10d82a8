import { defineAction } from '../../../platform/actions/action.ts';
import { updateGoal } from '../commands/update-goal.ts';
import { loadGoal } from '../loaders.ts';
import { goalInputSchema, goalParams } from '../schemas.ts';
import { renderGoalEditPage } from './render-edit-pages.tsx';

/** The coordinator replaces a goal's title, description and cited story paragraph. */
export const updateGoalAction = defineAction({
  name: 'goals.goal.update',
  summary: 'Replace a strategy goal’s title, description and cited story paragraph',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: goalParams,
  input: goalInputSchema,
  load: ({ context, request, params }) => loadGoal(context, request, params.goalId),
  authorize: { permission: 'goals.goal.manage', resource: ({ subject }) => subject.process },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => updateGoal(context.db, actor, subject.goal, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/goals/:goalId' },
  page: {
    url: '/admin/goals/goals/:goalId/edit',
    form: ({ context, request, subject }, reply, state, status) => renderGoalEditPage(context, request, reply, subject, state, status),
    done: ({ subject }) => ({ to: `/admin/goals/goals/${subject.goal.id}`, flash: 'goals.goal.saved' }),
  },
});
