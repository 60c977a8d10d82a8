import { defineAction } from '../../../platform/actions/action.ts';
import { deleteMeasure } from '../commands/delete-measure.ts';
import { loadMeasure } from '../loaders.ts';
import { measureParams } from '../schemas.ts';

/** Whoever manages the objective deletes one of its measures; the page asks first (`/admin/goals/measures/:id/delete`). */
export const deleteMeasureAction = defineAction({
  name: 'goals.measure.delete',
  summary: 'Delete a measure of an objective',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: measureParams,
  load: ({ context, request, params }) => loadMeasure(context, request, params.measureId),
  authorize: { permission: 'goals.objective.manage', resource: ({ subject }) => subject.work },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => deleteMeasure(context.db, actor, subject.measure, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'DELETE', url: '/goals/measures/:measureId', status: 204 },
  page: {
    url: '/admin/goals/measures/:measureId/delete',
    // Without the confirmation the browser goes to the question first.
    guard: ({ subject, body }) => (body.confirm === 'yes' ? undefined : `/admin/goals/measures/${subject.measure.id}/delete`),
    done: ({ subject }) => ({ to: `/admin/goals/objectives/${subject.objective.id}`, flash: 'goals.measure.deleted' }),
  },
});
