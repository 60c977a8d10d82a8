import { defineAction } from '../../../platform/actions/action.ts';
import { restoreCounterpartSuggestion } from '../commands/reject-counterpart-suggestion.ts';
import { loadTheme } from '../loaders.ts';
import { counterpartSuggestionSchema, themeParams } from '../schemas.ts';
import { renderCounterpartRefusal } from './render-pages.tsx';

/** An analyst takes back the rejection of a suggested counterpart: it may be suggested again. */
export const restoreCounterpartAction = defineAction({
  name: 'insights.counterpart.restore',
  summary: 'Take back the rejection of a suggested counterpart (it may be suggested again)',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: themeParams,
  input: counterpartSuggestionSchema,
  load: ({ context, request, params }) => loadTheme(context, request, params, 'insights.theme.counterparts'),
  run: ({ context, actor, subject, input, now }) =>
    restoreCounterpartSuggestion(
      context.db,
      actor,
      { runId: subject.run.id, themeId: subject.theme.id, counterpartId: input.counterpartId },
      now,
    ),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/insights/runs/:runId/themes/:themeId/counterpart-rejections/restore', status: 204 },
  page: {
    url: '/admin/insights/runs/:runId/themes/:themeId/counterpart-rejections/restore',
    form: renderCounterpartRefusal,
    done: ({ subject }) => ({
      to: `/admin/insights/runs/${subject.run.id}/themes/${subject.theme.id}`,
      flash: 'insights.flash.counterpartRestored',
    }),
  },
});
