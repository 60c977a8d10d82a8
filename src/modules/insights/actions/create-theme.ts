import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { createThemeFromUnassigned } from '../commands/edits/create-theme-from-unassigned.ts';
import { loadRun } from '../loaders.ts';
import { runParams, splitThemeSchema } from '../schemas.ts';
import { sentWorkbenchValues } from '../views/theme-workbench.tsx';
import { renderRunPage } from './render-pages.tsx';

/** An analyst makes a new theme of chosen unassigned sentences (undoable; refused on a published, locked run). */
export const createThemeAction = defineAction({
  name: 'insights.theme.create',
  summary: 'Make a new theme of chosen unassigned sentences of a run',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: runParams,
  input: splitThemeSchema,
  load: ({ context, request, params }) => loadRun(context, request, params.runId, 'insights.theme.create'),
  run: ({ context, actor, subject, input, now }) =>
    createThemeFromUnassigned(context.db, actor, subject.run.id, { sentences: input.sentences, label: input.newLabel }, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'POST',
    url: '/insights/runs/:runId/themes',
    status: 201,
    errors: [409],
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/insights/runs/:runId/themes',
    form: ({ context, request, subject }, reply, { values, errors }, status) =>
      renderRunPage(context, request, reply, subject, { values: sentWorkbenchValues(values), errors }, status),
    done: ({ subject }, id) => ({ to: `/admin/insights/runs/${subject.run.id}/themes/${id}`, flash: 'insights.flash.themeCreated' }),
  },
});
