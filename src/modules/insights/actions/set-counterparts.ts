import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { setThemeCounterparts } from '../commands/set-theme-counterparts.ts';
import { loadTheme } from '../loaders.ts';
import { themeCounterpartsSchema, themeParams } from '../schemas.ts';
import { EMPTY_WORKBENCH_VALUES } from '../views/theme-workbench.tsx';
import { renderThemeEdit, storedWording } from './render-pages.tsx';

/** An analyst links a theme to the same theme in other languages (its counterparts in the run). */
export const setCounterpartsAction = defineAction({
  name: 'insights.theme.counterparts',
  summary: 'Link a theme to the same theme in other languages',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: themeParams,
  input: themeCounterpartsSchema,
  load: ({ context, request, params }) => loadTheme(context, request, params, 'insights.theme.counterparts'),
  run: ({ context, actor, subject, input, now }) =>
    setThemeCounterparts(
      context.db,
      actor,
      { runId: subject.run.id, themeId: subject.theme.id, counterpartIds: input.counterpartIds },
      now,
    ),
  // A published theme's counterparts show on the cached public theme page.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'PUT', url: '/insights/runs/:runId/themes/:themeId/counterparts', status: 204 },
  page: {
    url: '/admin/insights/runs/:runId/themes/:themeId/counterparts',
    form: ({ context, request, subject }, reply, { errors }, status) =>
      renderThemeEdit(
        context,
        request,
        reply,
        { process: subject.process, runId: subject.run.id, theme: subject.theme },
        { values: storedWording(subject.theme) },
        status,
        { values: EMPTY_WORKBENCH_VALUES, errors },
      ),
    done: ({ subject }) => ({
      to: `/admin/insights/runs/${subject.run.id}/themes/${subject.theme.id}`,
      flash: 'insights.flash.counterpartsSaved',
    }),
  },
});
