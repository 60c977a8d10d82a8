import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { updateTheme } from '../commands/update-theme.ts';
import { loadTheme } from '../loaders.ts';
import { themeParams, themeWordingSchema } from '../schemas.ts';
import { sentWordingValues } from '../views/theme-edit-page.tsx';
import { renderThemeEdit } from './render-pages.tsx';

/** An analyst renames a theme and writes its summary. */
export const updateThemeAction = defineAction({
  name: 'insights.theme.update',
  summary: 'Rename a theme and write its summary',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: themeParams,
  input: themeWordingSchema,
  load: ({ context, request, params }) => loadTheme(context, request, params),
  run: ({ context, actor, subject, input, now }) =>
    updateTheme(context.db, actor, { id: subject.theme.id, runId: subject.run.id }, input, now),
  // A published theme's name shows on the cached process page.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'PUT', url: '/insights/runs/:runId/themes/:themeId', status: 204 },
  page: {
    url: '/admin/insights/runs/:runId/themes/:themeId',
    form: ({ context, request, subject }, reply, { values, errors }, status) =>
      renderThemeEdit(
        context,
        request,
        reply,
        { process: subject.process, runId: subject.run.id, theme: subject.theme },
        { values: sentWordingValues(values), errors },
        status,
      ),
    done: ({ subject }) => ({
      to: `/admin/insights/runs/${subject.run.id}/themes/${subject.theme.id}`,
      flash: 'insights.flash.themeSaved',
    }),
  },
});
