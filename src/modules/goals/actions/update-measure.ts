import { defineAction } from '../../../platform/actions/action.ts';
import { withIndicatorOwner } from '../commands/resolve-owner.ts';
import { updateMeasure } from '../commands/update-measure.ts';
import { loadMeasure } from '../loaders.ts';
import { measureInputSchema, measureParams } from '../schemas.ts';
import { renderMeasureEditPage } from './render-edit-pages.tsx';

/** The unit's manager (or the coordinator) replaces a measure's title, owner, due day and progress; the owner must hold a role for the unit. */
export const updateMeasureAction = defineAction({
  name: 'goals.measure.update',
  summary: 'Replace a measure’s title, owner, due date and progress',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: measureParams,
  input: measureInputSchema,
  load: ({ context, request, params }) => loadMeasure(context, request, params.measureId),
  authorize: { permission: 'goals.objective.manage', resource: ({ subject }) => subject.work },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, input, now }) =>
    updateMeasure(
      context.db,
      actor,
      subject.measure.id,
      subject.objective.id,
      await withIndicatorOwner(context, actor.organisationId, subject.work.unitPath, input),
      now,
    ),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/goals/measures/:measureId' },
  page: {
    url: '/admin/goals/measures/:measureId/edit',
    form: ({ context, request, subject }, reply, state, status) => renderMeasureEditPage(context, request, reply, subject, state, status),
    done: ({ subject }) => ({ to: `/admin/goals/objectives/${subject.objective.id}`, flash: 'goals.measure.saved' }),
  },
});
