import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { updateProcess } from '../commands/update-process.ts';
import { loadManagedProcess, patched, processPageParams, slugParams } from '../loaders.ts';
import { processResponseSchema } from '../presenters.ts';
import { findProcessById, type Process } from '../queries/find-process.ts';
import { processPatchSchema, processSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { processEditFormAgain } from './process-form.tsx';

function processFields(process: Process) {
  const { slug, title, summary, story, heroImageUrl, heroImageAlt, heroVideoUrl, visibility } = process;
  return { slug, title, summary, story, heroImageUrl, heroImageAlt, heroVideoUrl, visibility };
}

/** Changes a process: the whole form on the admin page, any subset of fields through the API. */
export const updateProcessAction = defineAction({
  name: 'processes.process.update',
  summary: 'Change a process: texts, slug, media or visibility (fields left out stay as they are)',
  tag: 'processes',
  input: processSchema,
  permission: 'processes.admin.list',
  load: (call) => loadManagedProcess(call),
  run: ({ context, actor, subject, input, now }) => updateProcess(context.db, actor, subject.id, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'PATCH',
    url: '/processes/:slug',
    params: slugParams,
    body: processPatchSchema,
    toInput: ({ subject, input }) => patched(processSchema, processFields(subject), input),
    response: processResponseSchema,
    present: async ({ context, request, subject }) => found(await findProcessById(context.db, request.organisation.id, subject.id)),
    errors: [409],
  },
  page: {
    url: '/admin/processes/:processId',
    params: processPageParams,
    form: processEditFormAgain,
    refusalField: 'slug',
    refusalStatus: 422,
    done: ({ subject }) => ({ to: processAdminPath(subject.id), flash: 'processes.admin.flash.processSaved' }),
  },
});
