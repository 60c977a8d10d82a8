import { defineAction } from '../../../platform/actions/action.ts';
import { createUnit } from '../commands/create-unit.ts';
import { loadUnit } from '../queries/load-unit.ts';
import { unitNodeResponseSchema, unitSchema } from '../schemas.ts';
import { unitFormAgain } from './unit-form.tsx';

/** Adds a unit or work community to the organisation's tree. */
export const createUnitAction = defineAction({
  name: 'organisations.unit.create',
  summary: 'Creates a unit or work community',
  tag: 'organisations',
  input: unitSchema,
  permission: 'organisations.units.manage',
  run: ({ context, actor, input, now }) => createUnit(context.db, actor, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/units',
    status: 201,
    response: unitNodeResponseSchema,
    present: (call, id) => loadUnit({ ...call, params: { id } }),
  },
  page: {
    url: '/admin/units/new',
    form: unitFormAgain(() => null),
    done: () => ({ to: '/admin/units', flash: 'organisations.units.created' }),
  },
});
