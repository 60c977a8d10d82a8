import { defineAction } from '../../../platform/actions/action.ts';
import { updateUnit } from '../commands/update-unit.ts';
import { loadUnit } from '../queries/load-unit.ts';
import { idParamsSchema, unitNodeResponseSchema, unitPatchSchema, unitSchema } from '../schemas.ts';
import { unitFormAgain } from './unit-form.tsx';

/** Changes a unit: the whole form on its page, any subset of fields through the API (parentId null moves it to the top). */
export const updateUnitAction = defineAction({
  name: 'organisations.unit.update',
  summary: 'Changes a unit; fields left out keep their value, parentId null moves it to the top',
  tag: 'organisations',
  params: idParamsSchema,
  input: unitPatchSchema,
  permission: 'organisations.units.manage',
  load: loadUnit,
  run: ({ context, actor, subject, input, now }) => updateUnit(context.db, actor, subject.id, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PATCH',
    url: '/units/:id',
    response: unitNodeResponseSchema,
    present: (call) => loadUnit(call),
  },
  page: {
    url: '/admin/units/:id/edit',
    input: unitSchema,
    form: unitFormAgain(({ params }) => (params as { id: string }).id),
    done: () => ({ to: '/admin/units', flash: 'organisations.units.updated' }),
  },
});
