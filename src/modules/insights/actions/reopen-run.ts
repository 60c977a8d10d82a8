import { defineAction } from '../../../platform/actions/action.ts';
import { reopenThemeRun } from '../commands/edits/reopen-theme-run.ts';
import { loadRun } from '../loaders.ts';
import { runParams } from '../schemas.ts';

/** An analyst reopens a published run for merge, split and move (its edits then show in public at once). */
export const reopenRunAction = defineAction({
  name: 'insights.run.reopen',
  summary: 'Reopen a published theme run for merging, splitting and moving',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: runParams,
  load: ({ context, request, params }) => loadRun(context, request, params.runId, 'insights.run.reopen'),
  run: ({ context, actor, subject, now }) => reopenThemeRun(context.db, actor, subject.run.id, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/insights/runs/:runId/reopen', status: 204, errors: [409] },
  page: {
    url: '/admin/insights/runs/:runId/reopen',
    done: ({ subject }) => ({ to: `/admin/insights/runs/${subject.run.id}`, flash: 'insights.flash.reopened' }),
  },
});
