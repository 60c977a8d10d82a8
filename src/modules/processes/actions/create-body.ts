import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { createBody } from '../commands/create-body.ts';
import { loadManagedProcess, processPageParams, slugParams } from '../loaders.ts';
import { bodyResponseSchema } from '../presenters.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import { bodySchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { bodyFormAgain } from './body-form.tsx';

/** Adds a body to the process's organisation chart. */
export const createBodyAction = defineAction({
  name: 'processes.body.create',
  summary: 'Add a body to the process’s organisation chart',
  tag: 'processes',
  input: bodySchema,
  permission: 'processes.admin.list',
  load: (call) => loadManagedProcess(call),
  run: ({ context, actor, subject, input, now }) => createBody(context.db, actor, subject.id, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'POST',
    url: '/processes/:slug/bodies',
    params: slugParams,
    status: 201,
    response: bodyResponseSchema,
    present: async ({ context, request, subject }, id) =>
      found(await findBodyForAdmin(context.db, request.organisation.id, subject.id, id)),
  },
  page: {
    url: '/admin/processes/:processId/bodies/new',
    params: processPageParams,
    form: bodyFormAgain,
    refusalStatus: 422,
    done: ({ subject }, id) => ({ to: processAdminPath(subject.id, 'bodies', id), flash: 'processes.admin.flash.bodyCreated' }),
  },
});
