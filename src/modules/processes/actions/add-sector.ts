import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { addSector } from '../commands/add-sector.ts';
import { bodyPageParams, itemParams, loadManagedBody } from '../loaders.ts';
import { sectorResponseSchema } from '../presenters.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import { sectorSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { sectorFormAgain } from './sector-form.tsx';

/** Adds a sector to a stakeholder panel; a key the body has already is refused at the key. */
export const addSectorAction = defineAction({
  name: 'processes.sector.add',
  summary: 'Add a sector to a stakeholder panel (409 when the body has the key already)',
  tag: 'processes',
  input: sectorSchema,
  permission: 'processes.admin.list',
  load: loadManagedBody,
  run: ({ context, actor, subject, input, now }) =>
    addSector(context.db, actor, { processId: subject.process.id, bodyId: subject.body.id }, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'POST',
    url: '/processes/:slug/bodies/:id/sectors',
    params: itemParams,
    status: 201,
    response: sectorResponseSchema,
    present: async ({ context, request, subject }, id) => {
      const saved = found(await findBodyForAdmin(context.db, request.organisation.id, subject.process.id, subject.body.id));
      return found(saved.sectors.find((sector) => sector.id === id));
    },
    errors: [409],
  },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/sectors/new',
    params: bodyPageParams,
    form: sectorFormAgain,
    refusalField: 'key',
    refusalStatus: 422,
    done: ({ subject }) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: 'processes.admin.flash.sectorAdded',
    }),
  },
});
