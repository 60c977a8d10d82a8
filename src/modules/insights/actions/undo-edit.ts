import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { undoThemeEdit } from '../commands/edits/undo-theme-edit.ts';
import { loadRun } from '../loaders.ts';
import { runParams } from '../schemas.ts';

/** An analyst undoes the run's last edit (merge, split, move or tag). */
export const undoEditAction = defineAction({
  name: 'insights.edit.undo',
  summary: 'Undo the last edit of a run’s themes',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: runParams,
  load: ({ context, request, params }) => loadRun(context, request, params.runId, 'insights.edit.undo'),
  run: ({ context, actor, subject, now }) => undoThemeEdit(context.db, actor, subject.run.id, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'POST', url: '/insights/runs/:runId/undo', status: 204, errors: [409] },
  page: {
    url: '/admin/insights/runs/:runId/undo',
    done: ({ subject }) => ({ to: `/admin/insights/runs/${subject.run.id}`, flash: 'insights.flash.undone' }),
  },
});
