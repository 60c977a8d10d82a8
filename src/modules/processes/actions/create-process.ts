import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { createProcess } from '../commands/create-process.ts';
import { processResponseSchema } from '../presenters.ts';
import { findProcessById } from '../queries/find-process.ts';
import { processSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { processNewFormAgain } from './process-form.tsx';

/** Creates a process, a draft unless the input says otherwise. */
export const createProcessAction = defineAction({
  name: 'processes.process.create',
  summary: 'Create a process (a draft unless visibility is given)',
  tag: 'processes',
  input: processSchema,
  permission: 'processes.process.create',
  run: ({ context, actor, input, now }) => createProcess(context.db, actor, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'POST',
    url: '/processes',
    status: 201,
    response: processResponseSchema,
    present: async ({ context, request }, id) => found(await findProcessById(context.db, request.organisation.id, id)),
    errors: [409],
  },
  page: {
    url: '/admin/processes/new',
    form: processNewFormAgain,
    refusalField: 'slug',
    refusalStatus: 422,
    done: (_call, id) => ({ to: processAdminPath(id), flash: 'processes.admin.flash.processCreated' }),
  },
});
