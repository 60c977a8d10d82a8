import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { updateBody } from '../commands/update-body.ts';
import { bodyPageParams, itemParams, loadManagedBody, patched } from '../loaders.ts';
import { bodyResponseSchema } from '../presenters.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import { bodyPatchSchema, bodySchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { bodyFormAgain } from './body-form.tsx';

/** Changes a body: the whole form on the admin page, any subset of fields through the API. */
export const updateBodyAction = defineAction({
  name: 'processes.body.update',
  summary: 'Change a body (fields left out stay as they are)',
  tag: 'processes',
  input: bodySchema,
  permission: 'processes.admin.list',
  load: loadManagedBody,
  run: ({ context, actor, subject, input, now }) => updateBody(context.db, actor, subject.process.id, subject.body.id, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'PATCH',
    url: '/processes/:slug/bodies/:id',
    params: itemParams,
    body: bodyPatchSchema,
    toInput: ({ subject, input }) => patched(bodySchema, { ...subject.body }, input),
    response: bodyResponseSchema,
    present: async ({ context, request, subject }) =>
      found(await findBodyForAdmin(context.db, request.organisation.id, subject.process.id, subject.body.id)),
  },
  page: {
    url: '/admin/processes/:processId/bodies/:bodyId',
    params: bodyPageParams,
    form: bodyFormAgain,
    refusalStatus: 422,
    done: ({ subject }) => ({
      to: processAdminPath(subject.process.id, 'bodies', subject.body.id),
      flash: 'processes.admin.flash.bodySaved',
    }),
  },
});
