import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { importStoryGoals } from '../commands/import-story-goals.ts';
import { loadGoalsProcess } from '../loaders.ts';
import { importGoalsInputSchema, processParams } from '../schemas.ts';
import { renderProcessPage } from './render-pages.tsx';

/** The coordinator makes the approved story's chosen paragraphs the process's goals. */
export const importGoalsAction = defineAction({
  name: 'goals.goal.import',
  summary: 'Import goals from the paragraphs of the approved story',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: processParams,
  input: importGoalsInputSchema,
  load: ({ context, request, params }) => loadGoalsProcess(context, request, params.processId),
  authorize: { permission: 'goals.goal.manage', resource: ({ subject }) => subject },
  rateLimit: { max: 20, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => importStoryGoals(context.db, actor, subject.id, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/goals/processes/:processId/goals/import',
    status: 201,
    errors: [409],
    response: z.object({ ids: z.array(z.string()) }),
    present: (_call, ids) => ({ ids }),
  },
  page: {
    url: '/admin/goals/processes/:processId/goals/import',
    refusalField: 'paragraphKeys',
    form: ({ context, request, subject }, reply, state, status) =>
      renderProcessPage(context, request, reply, subject, { name: 'import', ...state }, status),
    done: ({ subject }) => ({ to: `/admin/goals/processes/${subject.id}`, flash: 'goals.import.done' }),
  },
});
