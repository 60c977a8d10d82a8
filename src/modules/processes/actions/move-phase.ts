import { defineAction } from '../../../platform/actions/action.ts';
import { movePhase } from '../commands/move-phase.ts';
import { loadManagedPhase, phasePageParams } from '../loaders.ts';
import { moveSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';

/** Moves a phase one place up or down in its process (the admin list's arrows). */
export const movePhaseAction = defineAction({
  name: 'processes.phase.move',
  summary: 'Move a phase one place up or down',
  tag: 'processes',
  input: moveSchema,
  permission: 'processes.admin.list',
  load: loadManagedPhase,
  run: ({ context, actor, subject, input, now }) =>
    movePhase(context.db, actor, subject.process.id, subject.phase.id, input.direction, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  page: {
    url: '/admin/processes/:processId/phases/:phaseId/move',
    params: phasePageParams,
    done: ({ subject }) => ({ to: processAdminPath(subject.process.id, 'phases'), flash: 'processes.admin.flash.phaseMoved' }),
  },
});
