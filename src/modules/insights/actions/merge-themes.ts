import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { mergeThemes } from '../commands/edits/merge-themes.ts';
import { loadTheme } from '../loaders.ts';
import { mergeThemesSchema, themeParams } from '../schemas.ts';
import { renderWorkbenchRefusal } from './render-pages.tsx';

/** An analyst merges another theme of the run into this one (undoable; refused on a published, locked run). */
export const mergeThemesAction = defineAction({
  name: 'insights.theme.merge',
  summary: 'Merge another theme of the run into this theme',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: themeParams,
  input: mergeThemesSchema,
  load: ({ context, request, params }) => loadTheme(context, request, params, 'insights.theme.merge'),
  run: ({ context, actor, subject, input, now }) =>
    mergeThemes(context.db, actor, { runId: subject.run.id, themeId: subject.theme.id, sourceThemeId: input.sourceThemeId }, now),
  // A reopened published run's themes show on the cached process page.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'POST', url: '/insights/runs/:runId/themes/:themeId/merge', status: 204, errors: [409] },
  page: {
    url: '/admin/insights/runs/:runId/themes/:themeId/merge',
    form: renderWorkbenchRefusal,
    done: ({ subject }) => ({
      to: `/admin/insights/runs/${subject.run.id}/themes/${subject.theme.id}`,
      flash: 'insights.flash.merged',
    }),
  },
});
