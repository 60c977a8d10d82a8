import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { updateRound } from '../commands/update-round.ts';
import { loadManagedRound } from '../loaders.ts';
import { presentRound, roundResponseSchema } from '../presenters.ts';
import { roundInputSchema, roundParamsSchema } from '../schemas.ts';
import { sentRoundValues } from '../views/round-form.tsx';
import { renderRoundPage } from './round-form.tsx';

/** Replaces a round's guide, units and dates: its form, or PUT /api/v1/dialogue-rounds/:id. */
export const updateRoundAction = defineAction({
  name: 'dialogues.round.update',
  summary: 'Replace a dialogue round’s guide, work communities and dates',
  tag: 'dialogues',
  params: roundParamsSchema,
  input: roundInputSchema,
  permission: 'dialogues.admin.list',
  load: ({ context, actor, params }) => loadManagedRound(context, actor, params.id),
  authorize: { permission: 'dialogues.round.update', resource: ({ input }) => ({ processId: input.processId }) },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => updateRound(context.db, actor, subject, input, now),
  // The process page's hub lists open rounds to staff.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'PUT',
    url: '/dialogue-rounds/:id',
    response: roundResponseSchema,
    present: async ({ context, actor, subject }) => presentRound(await loadManagedRound(context, actor, subject.id)),
  },
  page: {
    url: '/admin/dialogues/:id',
    form: (call, reply, state, status) => renderRoundPage(call, reply, call.subject, sentRoundValues(state.values), state.errors, status),
    refusalStatus: 422,
    done: ({ subject }) => ({ to: `/admin/dialogues/${subject.id}`, flash: 'dialogues.round.saved' }),
  },
});
