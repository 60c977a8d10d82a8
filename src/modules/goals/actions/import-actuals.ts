import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { importActuals } from '../commands/import-actuals.ts';
import { loadGoalsProcess } from '../loaders.ts';
import { announceStatusChangesAfter } from '../objective-status-mail.ts';
import { actualsCsvInputSchema, processParams } from '../schemas.ts';
import { renderProcessPage } from './render-pages.tsx';

/** The coordinator records many indicators' figures at once from CSV (the follow-up CSV's columns, filled in). */
export const importActualsAction = defineAction({
  name: 'goals.actual.import',
  summary: 'Record indicators’ actuals from CSV (indicator_id, round_id, actual, comment)',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: processParams,
  input: actualsCsvInputSchema,
  load: ({ context, request, params }) => loadGoalsProcess(context, request, params.processId),
  authorize: { permission: 'goals.round.manage', resource: ({ subject }) => subject },
  rateLimit: { max: 20, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => importActuals(context.db, actor, subject.id, input, now),
  pageVersion: 'unchanged',
  // An objective whose status changed is announced to the voices behind its goal (trace mail).
  after: [(call) => announceStatusChangesAfter(call, call.subject).then(() => undefined)],
  api: {
    method: 'POST',
    url: '/goals/processes/:processId/actuals/csv',
    status: 200,
    response: z.object({ recorded: z.number() }),
    present: (_call, recorded) => ({ recorded }),
  },
  page: {
    url: '/admin/goals/processes/:processId/actuals/csv',
    form: ({ context, request, subject }, reply, state, status) =>
      renderProcessPage(context, request, reply, subject, { name: 'csv', ...state }, status),
    done: ({ subject }) => ({ to: `/admin/goals/processes/${subject.id}`, flash: 'goals.csv.done' }),
  },
});
