import { defineAction } from '../../../platform/actions/action.ts';
import { deletePhase } from '../commands/delete-phase.ts';
import { itemParams, loadManagedPhase, phasePageParams } from '../loaders.ts';
import { processAdminPath } from '../views/admin-paths.ts';

/** Deletes a phase (its timeline items stay, without a phase); the admin page asks first. */
export const deletePhaseAction = defineAction({
  name: 'processes.phase.delete',
  summary: 'Delete a phase (its timeline items stay, without a phase)',
  tag: 'processes',
  permission: 'processes.admin.list',
  load: loadManagedPhase,
  run: ({ context, actor, subject, now }) => deletePhase(context.db, actor, subject.process.id, subject.phase.id, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: { method: 'DELETE', url: '/processes/:slug/phases/:id', params: itemParams },
  page: {
    url: '/admin/processes/:processId/phases/:phaseId/delete',
    params: phasePageParams,
    guard: ({ subject, body }) =>
      body.confirm === 'yes' ? undefined : processAdminPath(subject.process.id, 'phases', subject.phase.id, 'delete'),
    done: ({ subject }) => ({ to: processAdminPath(subject.process.id, 'phases'), flash: 'processes.admin.flash.phaseDeleted' }),
  },
});
