import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { saveCodebook } from '../codebook/save-codebook.ts';
import { loadRun } from '../loaders.ts';
import { runParams } from '../schemas.ts';

/** An analyst saves a finished run's themes (published or current) as the process's codebook for the next phase. */
export const saveCodebookAction = defineAction({
  name: 'insights.codebook.save',
  summary: 'Save a theme run’s themes as the process’s codebook',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: runParams,
  load: ({ context, request, params }) => loadRun(context, request, params.runId, 'insights.codebook.save'),
  run: ({ context, actor, subject, now }) => saveCodebook(context.db, actor, { id: subject.run.id, processId: subject.run.processId }, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/insights/runs/:runId/codebook',
    status: 201,
    errors: [409],
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/insights/runs/:runId/codebook',
    done: ({ subject }) => ({ to: `/admin/insights/processes/${subject.run.processId}`, flash: 'insights.flash.codebookSaved' }),
  },
});
