import { defineAction } from '../../../platform/actions/action.ts';
import { setGoalThemes } from '../commands/set-goal-themes.ts';
import { loadGoal } from '../loaders.ts';
import { requestMailSetting } from '../report-mail.ts';
import { goalParams, goalThemesInputSchema } from '../schemas.ts';
import { mailGoalReached } from '../trace-mail.ts';
import { renderGoalPage } from './render-pages.tsx';

/** The coordinator chooses the published themes a goal draws on (the trace from voices to the goal). */
export const setGoalThemesAction = defineAction({
  name: 'goals.goal.themes',
  summary: 'Choose the published themes a goal draws on',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: goalParams,
  input: goalThemesInputSchema,
  load: ({ context, request, params }) => loadGoal(context, request, params.goalId),
  authorize: { permission: 'goals.goal.manage', resource: ({ subject }) => subject.process },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => setGoalThemes(context.db, actor, subject.goal, input, now),
  pageVersion: 'unchanged',
  // The people the goal's trace reaches now and did not before are mailed (trace mail).
  after: [({ context, request, subject }, before) => mailGoalReached(context, requestMailSetting(context, request), subject, before)],
  api: { method: 'PUT', url: '/goals/:goalId/themes' },
  page: {
    url: '/admin/goals/goals/:goalId/themes',
    form: ({ context, request, subject }, reply, state, status) =>
      renderGoalPage(context, request, reply, subject, { name: 'themes', ...state }, status),
    done: ({ subject }) => ({ to: `/admin/goals/goals/${subject.goal.id}`, flash: 'goals.themes.saved' }),
  },
});
