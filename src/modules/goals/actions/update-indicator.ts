import { defineAction } from '../../../platform/actions/action.ts';
import { withIndicatorOwner } from '../commands/resolve-owner.ts';
import { updateIndicator } from '../commands/update-indicator.ts';
import { loadIndicator } from '../loaders.ts';
import { announceStatusChangesAfter } from '../objective-status-mail.ts';
import { indicatorInputSchema, indicatorParams } from '../schemas.ts';
import { renderIndicatorEditPage } from './render-edit-pages.tsx';

/** The unit's manager replaces an indicator's definition, source, baseline and reporter; its targets and actuals stay. */
export const updateIndicatorAction = defineAction({
  name: 'goals.indicator.update',
  summary: 'Replace an indicator’s definition, unit, direction, source, baseline and reporter',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: indicatorParams,
  input: indicatorInputSchema,
  load: ({ context, request, params }) => loadIndicator(context, request, params.indicatorId),
  authorize: { permission: 'goals.objective.manage', resource: ({ subject }) => subject.work },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, input, now }) =>
    updateIndicator(
      context.db,
      actor,
      subject.indicator.id,
      await withIndicatorOwner(context, actor.organisationId, subject.work.unitPath, input),
      now,
    ),
  pageVersion: 'unchanged',
  // An objective whose status changed is announced to the voices behind its goal (trace mail).
  after: [(call) => announceStatusChangesAfter(call, call.subject.process).then(() => undefined)],
  api: { method: 'PUT', url: '/goals/indicators/:indicatorId' },
  page: {
    url: '/admin/goals/indicators/:indicatorId/edit',
    form: ({ context, request, subject }, reply, state, status) => renderIndicatorEditPage(context, request, reply, subject, state, status),
    done: ({ subject }) => ({ to: `/admin/goals/indicators/${subject.indicator.id}`, flash: 'goals.indicator.saved' }),
  },
});
