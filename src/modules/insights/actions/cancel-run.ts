import { defineAction } from '../../../platform/actions/action.ts';
import { cancelThemeRun } from '../commands/cancel-theme-run.ts';
import { loadRun } from '../loaders.ts';
import { runParams } from '../schemas.ts';

/** An analyst cancels a queued or running theme run. */
export const cancelRunAction = defineAction({
  name: 'insights.run.cancel',
  summary: 'Cancel a theme run that is waiting or running',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: runParams,
  load: ({ context, request, params }) => loadRun(context, request, params.runId, 'insights.run.cancel'),
  run: ({ context, actor, subject, now }) => cancelThemeRun(context.db, actor, subject.run.id, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/insights/runs/:runId/cancel', status: 204, errors: [409] },
  page: {
    url: '/admin/insights/runs/:runId/cancel',
    done: ({ subject }) => ({ to: `/admin/insights/runs/${subject.run.id}`, flash: 'insights.flash.cancelled' }),
  },
});
