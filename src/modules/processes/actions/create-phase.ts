import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { createPhase } from '../commands/create-phase.ts';
import { loadManagedProcess, processPageParams, slugParams } from '../loaders.ts';
import { phaseResponseSchema } from '../presenters.ts';
import { findPhaseForAdmin } from '../queries/admin-phases.ts';
import { phaseSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { phaseFormAgain } from './phase-form.tsx';

/** Adds a phase after the process's last one. */
export const createPhaseAction = defineAction({
  name: 'processes.phase.create',
  summary: 'Add a phase after the last one',
  tag: 'processes',
  input: phaseSchema,
  permission: 'processes.admin.list',
  load: (call) => loadManagedProcess(call),
  run: ({ context, actor, subject, input, now }) => createPhase(context.db, actor, subject.id, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'POST',
    url: '/processes/:slug/phases',
    params: slugParams,
    status: 201,
    response: phaseResponseSchema,
    present: async ({ context, request, subject }, id) =>
      found(await findPhaseForAdmin(context.db, request.organisation.id, subject.id, id)),
  },
  page: {
    url: '/admin/processes/:processId/phases/new',
    params: processPageParams,
    form: phaseFormAgain,
    refusalStatus: 422,
    done: ({ subject }) => ({ to: processAdminPath(subject.id, 'phases'), flash: 'processes.admin.flash.phaseCreated' }),
  },
});
