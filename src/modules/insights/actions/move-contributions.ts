import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { moveContributions } from '../commands/edits/move-contributions.ts';
import { loadTheme } from '../loaders.ts';
import { moveContributionsSchema, themeParams } from '../schemas.ts';
import { renderWorkbenchRefusal } from './render-pages.tsx';

/** An analyst moves chosen contributions of a theme to another theme of the run (undoable; refused on a published, locked run). */
export const moveContributionsAction = defineAction({
  name: 'insights.contributions.move',
  summary: 'Move chosen contributions from a theme to another theme of the run',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: themeParams,
  input: moveContributionsSchema,
  load: ({ context, request, params }) => loadTheme(context, request, params, 'insights.contributions.move'),
  run: ({ context, actor, subject, input, now }) =>
    moveContributions(context.db, actor, { runId: subject.run.id, themeId: subject.theme.id }, input, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'POST', url: '/insights/runs/:runId/themes/:themeId/move', status: 204, errors: [409] },
  page: {
    url: '/admin/insights/runs/:runId/themes/:themeId/move',
    form: renderWorkbenchRefusal,
    // The theme may be gone (all its contributions moved): the target shows where they went.
    done: (_call, _result) => ({
      to: `/admin/insights/runs/${_call.subject.run.id}/themes/${_call.input.targetThemeId}`,
      flash: 'insights.flash.moved',
    }),
  },
});
