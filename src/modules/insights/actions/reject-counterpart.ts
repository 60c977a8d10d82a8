import { defineAction } from '../../../platform/actions/action.ts';
import { rejectCounterpartSuggestion } from '../commands/reject-counterpart-suggestion.ts';
import { loadTheme } from '../loaders.ts';
import { counterpartSuggestionSchema, themeParams } from '../schemas.ts';
import { renderCounterpartRefusal } from './render-pages.tsx';

/** An analyst rejects a suggested counterpart: neither theme's page suggests the other again. */
export const rejectCounterpartAction = defineAction({
  name: 'insights.counterpart.reject',
  summary: 'Reject a suggested counterpart of a theme (it is not suggested again)',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: themeParams,
  input: counterpartSuggestionSchema,
  load: ({ context, request, params }) => loadTheme(context, request, params, 'insights.theme.counterparts'),
  run: ({ context, actor, subject, input, now }) =>
    rejectCounterpartSuggestion(
      context.db,
      actor,
      { runId: subject.run.id, themeId: subject.theme.id, counterpartId: input.counterpartId },
      now,
    ),
  // Suggestions show only on the analyst's pages, which are not cached.
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/insights/runs/:runId/themes/:themeId/counterpart-rejections', status: 204 },
  page: {
    url: '/admin/insights/runs/:runId/themes/:themeId/counterpart-rejections',
    form: renderCounterpartRefusal,
    done: ({ subject }) => ({
      to: `/admin/insights/runs/${subject.run.id}/themes/${subject.theme.id}`,
      flash: 'insights.flash.counterpartRejected',
    }),
  },
});
