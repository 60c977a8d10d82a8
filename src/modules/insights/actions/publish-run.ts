import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { publishThemeRun } from '../commands/publish-theme-run.ts';
import { loadRun } from '../loaders.ts';
import { runParams } from '../schemas.ts';

/** An analyst publishes a finished run's themes on the process's pages (nothing is public before). */
export const publishRunAction = defineAction({
  name: 'insights.themes.publish',
  summary: 'Publish a theme run’s themes as the process’s public themes',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: runParams,
  load: ({ context, request, params }) => loadRun(context, request, params.runId, 'insights.themes.publish'),
  run: ({ context, actor, subject, now }) =>
    publishThemeRun(context.db, actor, { id: subject.run.id, processId: subject.run.processId }, now),
  // The process page lists the published themes.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'POST', url: '/insights/runs/:runId/publish', status: 204, errors: [409] },
  page: {
    url: '/admin/insights/runs/:runId/publish',
    done: ({ subject }) => ({ to: `/admin/insights/runs/${subject.run.id}`, flash: 'insights.flash.published' }),
  },
});
