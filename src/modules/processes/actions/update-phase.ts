import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { updatePhase } from '../commands/update-phase.ts';
import { itemParams, loadManagedPhase, patched, phasePageParams } from '../loaders.ts';
import { phaseResponseSchema } from '../presenters.ts';
import { findPhaseForAdmin } from '../queries/admin-phases.ts';
import { phasePatchSchema, phaseSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { phaseFormAgain } from './phase-form.tsx';

/** Changes a phase's texts and dates: the whole form on the admin page, any subset of fields through the API. */
export const updatePhaseAction = defineAction({
  name: 'processes.phase.update',
  summary: 'Change a phase (fields left out stay as they are)',
  tag: 'processes',
  input: phaseSchema,
  permission: 'processes.admin.list',
  load: loadManagedPhase,
  run: ({ context, actor, subject, input, now }) => updatePhase(context.db, actor, subject.process.id, subject.phase.id, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'PATCH',
    url: '/processes/:slug/phases/:id',
    params: itemParams,
    body: phasePatchSchema,
    toInput: ({ subject, input }) => patched(phaseSchema, { ...subject.phase }, input),
    response: phaseResponseSchema,
    present: async ({ context, request, subject }) =>
      found(await findPhaseForAdmin(context.db, request.organisation.id, subject.process.id, subject.phase.id)),
  },
  page: {
    url: '/admin/processes/:processId/phases/:phaseId',
    params: phasePageParams,
    form: phaseFormAgain,
    refusalStatus: 422,
    done: ({ subject }) => ({ to: processAdminPath(subject.process.id, 'phases'), flash: 'processes.admin.flash.phaseSaved' }),
  },
});
