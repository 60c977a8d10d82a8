import { defineAction } from '../../../platform/actions/action.ts';
import { setTarget } from '../commands/set-target.ts';
import { loadIndicator } from '../loaders.ts';
import { announceStatusChangesAfter } from '../objective-status-mail.ts';
import { indicatorParams, targetInputSchema } from '../schemas.ts';
import { renderIndicatorPage } from './render-pages.tsx';

/** The unit's manager sets an indicator's target for a year. */
export const setTargetAction = defineAction({
  name: 'goals.target.set',
  summary: 'Set an indicator’s target for a year',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: indicatorParams,
  input: targetInputSchema,
  load: ({ context, request, params }) => loadIndicator(context, request, params.indicatorId),
  authorize: { permission: 'goals.objective.manage', resource: ({ subject }) => subject.work },
  rateLimit: { max: 120, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => setTarget(context.db, actor, subject.indicator.id, input, now),
  pageVersion: 'unchanged',
  // An objective whose status changed is announced to the voices behind its goal (trace mail).
  after: [(call) => announceStatusChangesAfter(call, call.subject.process).then(() => undefined)],
  api: { method: 'PUT', url: '/goals/indicators/:indicatorId/targets' },
  page: {
    url: '/admin/goals/indicators/:indicatorId/targets',
    form: ({ context, request, subject }, reply, state, status) =>
      renderIndicatorPage(context, request, reply, subject, { name: 'target', ...state }, status),
    done: ({ subject }) => ({ to: `/admin/goals/indicators/${subject.indicator.id}`, flash: 'goals.target.saved' }),
  },
});
