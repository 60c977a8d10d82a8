import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { createRound } from '../commands/create-round.ts';
import { loadManagedRound } from '../loaders.ts';
import { presentRound, roundResponseSchema } from '../presenters.ts';
import { roundInputSchema } from '../schemas.ts';
import { sentRoundValues } from '../views/round-form.tsx';
import { renderNewRoundPage } from './round-form.tsx';

/** Creates a dialogue round of a process: the coordinator's form, or POST /api/v1/dialogue-rounds. */
export const createRoundAction = defineAction({
  name: 'dialogues.round.create',
  summary: 'Create a work-community dialogue round of a process',
  tag: 'dialogues',
  input: roundInputSchema,
  permission: 'dialogues.round.create',
  authorize: { permission: 'dialogues.round.create', resource: ({ input }) => ({ processId: input.processId }) },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, input, now }) => createRound(context.db, actor, input, now),
  // The process page's hub lists open rounds to staff.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'POST',
    url: '/dialogue-rounds',
    status: 201,
    response: roundResponseSchema,
    present: async ({ context, actor }, id) => presentRound(await loadManagedRound(context, actor, id)),
  },
  page: {
    url: '/admin/dialogues/new',
    form: (call, reply, state, status) => renderNewRoundPage(call, reply, sentRoundValues(state.values), state.errors, status),
    refusalStatus: 422,
    done: (_call, id) => ({ to: `/admin/dialogues/${id}`, flash: 'dialogues.round.created' }),
  },
});
