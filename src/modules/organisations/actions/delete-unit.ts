import { defineAction } from '../../../platform/actions/action.ts';
import { deleteUnit } from '../commands/delete-unit.ts';
import { loadUnit } from '../queries/load-unit.ts';
import { idParamsSchema } from '../schemas.ts';

/** Deletes a unit that has nothing beneath it (409 otherwise); the page asks first. */
export const deleteUnitAction = defineAction({
  name: 'organisations.unit.delete',
  summary: 'Deletes a unit that has nothing beneath it (409 otherwise)',
  tag: 'organisations',
  params: idParamsSchema,
  permission: 'organisations.units.manage',
  load: loadUnit,
  run: ({ context, actor, subject, now }) => deleteUnit(context.db, actor, subject.id, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'DELETE', url: '/units/:id', errors: [409] },
  page: {
    url: '/admin/units/:id/delete',
    guard: ({ subject, body }) => (body.confirm === 'yes' ? undefined : `/admin/units/${subject.id}/delete`),
    done: () => ({ to: '/admin/units', flash: 'organisations.units.deleted' }),
  },
});
