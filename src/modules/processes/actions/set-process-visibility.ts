import { defineAction } from '../../../platform/actions/action.ts';
import { setProcessVisibility } from '../commands/set-process-visibility.ts';
import { loadManagedProcess, processPageParams } from '../loaders.ts';
import { visibilityFormSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { visibilityFormAgain } from './process-form.tsx';

/** Publishes, hides or drafts a process from its admin page (the API changes visibility with the process's PATCH). */
export const setProcessVisibilityAction = defineAction({
  name: 'processes.visibility.set',
  summary: 'Set a process’s visibility (draft, public, internal)',
  tag: 'processes',
  input: visibilityFormSchema,
  permission: 'processes.admin.list',
  load: (call) => loadManagedProcess(call),
  run: ({ context, actor, subject, input, now }) => setProcessVisibility(context.db, actor, subject.id, input.visibility, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  page: {
    url: '/admin/processes/:processId/visibility',
    params: processPageParams,
    form: visibilityFormAgain,
    refusalStatus: 422,
    done: ({ subject }) => ({ to: processAdminPath(subject.id), flash: 'processes.admin.flash.visibilitySaved' }),
  },
});
