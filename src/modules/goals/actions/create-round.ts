import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { createRound } from '../commands/create-round.ts';
import { loadGoalsProcess } from '../loaders.ts';
import { processParams, roundInputSchema } from '../schemas.ts';
import { renderProcessPage } from './render-pages.tsx';

/** The coordinator adds a reporting round to the process's follow-up calendar. */
export const createRoundAction = defineAction({
  name: 'goals.round.create',
  summary: 'Add a reporting round to a process’s follow-up calendar',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: processParams,
  input: roundInputSchema,
  load: ({ context, request, params }) => loadGoalsProcess(context, request, params.processId),
  authorize: { permission: 'goals.round.manage', resource: ({ subject }) => subject },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => createRound(context.db, actor, subject.id, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/goals/processes/:processId/rounds',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/goals/processes/:processId/rounds',
    form: ({ context, request, subject }, reply, state, status) =>
      renderProcessPage(context, request, reply, subject, { name: 'round', ...state }, status),
    done: ({ subject }) => ({ to: `/admin/goals/processes/${subject.id}`, flash: 'goals.round.created' }),
  },
});
