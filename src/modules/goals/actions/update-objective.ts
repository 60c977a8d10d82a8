import { defineAction } from '../../../platform/actions/action.ts';
import { resolveObjectiveUnit } from '../commands/resolve-owner.ts';
import { updateObjective } from '../commands/update-objective.ts';
import { loadObjective } from '../loaders.ts';
import { objectiveInputSchema, objectiveParams } from '../schemas.ts';
import { renderObjectiveEditPage } from './render-edit-pages.tsx';

/**
 * The unit's manager (or the coordinator) replaces an objective's unit, title and owner. Both the
 * objective's unit and the chosen one must be the actor's to manage: the chosen one is that field's
 * error (422), like on the form that derives an objective.
 */
export const updateObjectiveAction = defineAction({
  name: 'goals.objective.update',
  summary: 'Replace a unit objective’s unit, title and owner',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: objectiveParams,
  input: objectiveInputSchema,
  load: ({ context, request, params }) => loadObjective(context, request, params.objectiveId),
  authorize: { permission: 'goals.objective.manage', resource: ({ subject }) => subject.work },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, input, now }) => {
    const { ownerUserId } = await resolveObjectiveUnit(context, actor, subject.process.id, input);
    await updateObjective(context.db, actor, subject.objective.id, { unitId: input.unitId, title: input.title, ownerUserId }, now);
  },
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/goals/objectives/:objectiveId' },
  page: {
    url: '/admin/goals/objectives/:objectiveId/edit',
    form: ({ context, request, subject }, reply, state, status) => renderObjectiveEditPage(context, request, reply, subject, state, status),
    done: ({ subject }) => ({ to: `/admin/goals/objectives/${subject.objective.id}`, flash: 'goals.objective.saved' }),
  },
});
