import { defineAction } from '../../../platform/actions/action.ts';
import { removeSector } from '../commands/remove-sector.ts';
import { loadManagedSector, sectorPageParams, sectorParams } from '../loaders.ts';
import { processAdminPath } from '../views/admin-paths.ts';

/** Removes a sector from a body (its members stay, without a sector); the admin page asks first. */
export const removeSectorAction = defineAction({
  name: 'processes.sector.remove',
  summary: 'Remove a sector from a body (its members stay, without a sector)',
  tag: 'processes',
  permission: 'processes.admin.list',
  load: loadManagedSector,
  run: ({ context, actor, subject, now }) => removeSector(context.db, actor, subject.ids, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: { method: 'DELETE', url: '/processes/:slug/bodies/:id/sectors/:sectorId', params: sectorParams },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId/sectors/:sectorId/delete',
    params: sectorPageParams,
    guard: ({ subject: { ids }, body }) =>
      body.confirm === 'yes' ? undefined : processAdminPath(ids.processId, 'bodies', ids.bodyId, 'sectors', ids.sectorId, 'delete'),
    done: ({ subject }) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: 'processes.admin.flash.sectorRemoved',
    }),
  },
});
