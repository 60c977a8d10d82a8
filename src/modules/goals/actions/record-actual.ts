import { defineAction } from '../../../platform/actions/action.ts';
import { recordActuals } from '../commands/record-actual.ts';
import { loadIndicator } from '../loaders.ts';
import { announceStatusChangesAfter } from '../objective-status-mail.ts';
import { actualInputSchema, indicatorParams } from '../schemas.ts';
import { renderIndicatorPage } from './render-pages.tsx';

/** The indicator's owner (or the unit's manager, or the coordinator) records its actual in an open round. */
export const recordActualAction = defineAction({
  name: 'goals.actual.record',
  summary: 'Record an indicator’s actual figure in a reporting round',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: indicatorParams,
  input: actualInputSchema,
  load: ({ context, request, params }) => loadIndicator(context, request, params.indicatorId),
  authorize: { permission: 'goals.figures.report', resource: ({ subject }) => subject.work },
  rateLimit: { max: 120, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) =>
    recordActuals(
      context.db,
      actor,
      subject.process.id,
      [{ indicatorId: subject.indicator.id, roundId: input.roundId, value: input.actualValue, comment: input.comment }],
      now,
    ),
  pageVersion: 'unchanged',
  // An objective whose status changed is announced to the voices behind its goal (trace mail).
  after: [(call) => announceStatusChangesAfter(call, call.subject.process).then(() => undefined)],
  api: { method: 'PUT', url: '/goals/indicators/:indicatorId/actuals' },
  page: {
    url: '/admin/goals/indicators/:indicatorId/actuals',
    form: ({ context, request, subject }, reply, state, status) =>
      renderIndicatorPage(context, request, reply, subject, { name: 'actual', ...state }, status),
    done: ({ subject }) => ({ to: `/admin/goals/indicators/${subject.indicator.id}`, flash: 'goals.actual.saved' }),
  },
});
