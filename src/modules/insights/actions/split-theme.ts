import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { splitTheme } from '../commands/edits/split-theme.ts';
import { loadTheme } from '../loaders.ts';
import { splitThemeSchema, themeParams } from '../schemas.ts';
import { renderWorkbenchRefusal } from './render-pages.tsx';

/** An analyst splits chosen sentences off a theme into a new theme (undoable; refused on a published, locked run). */
export const splitThemeAction = defineAction({
  name: 'insights.theme.split',
  summary: 'Split chosen sentences off a theme into a new theme',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: themeParams,
  input: splitThemeSchema,
  load: ({ context, request, params }) => loadTheme(context, request, params, 'insights.theme.split'),
  run: ({ context, actor, subject, input, now }) =>
    splitTheme(
      context.db,
      actor,
      { runId: subject.run.id, themeId: subject.theme.id },
      { sentences: input.sentences, label: input.newLabel },
      now,
    ),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'POST',
    url: '/insights/runs/:runId/themes/:themeId/split',
    status: 201,
    errors: [409],
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/insights/runs/:runId/themes/:themeId/split',
    form: renderWorkbenchRefusal,
    done: ({ subject }, id) => ({ to: `/admin/insights/runs/${subject.run.id}/themes/${id}`, flash: 'insights.flash.split' }),
  },
});
