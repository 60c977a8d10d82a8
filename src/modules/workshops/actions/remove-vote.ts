import { defineAction } from '../../../platform/actions/action.ts';
import { removeVote } from '../commands/remove-vote.ts';
import { roomChanged } from '../live/live-registry.ts';
import { loadParticipantRoom } from '../loaders.ts';
import { WRITE_RATE_LIMIT } from '../rate-limits.ts';
import { idParamsSchema, voteSchema } from '../schemas.ts';

/** A participant takes back one of their dots on a target while the vote is open. */
export const removeVoteAction = defineAction({
  name: 'workshops.vote.remove',
  summary: 'Takes back one of one’s dots on a target while the vote is open',
  tag: 'workshops',
  params: idParamsSchema,
  input: voteSchema,
  load: ({ context, request, params }) => loadParticipantRoom(context, request, params.id, 'workshops.vote.cast'),
  rateLimit: WRITE_RATE_LIMIT,
  run: ({ context, subject, input, now }) => removeVote(context.db, subject.workshop, subject.participant.id, input, now),
  pageVersion: 'unchanged',
  after: [roomChanged],
  api: { method: 'DELETE', url: '/workshops/:id/votes', access: 'public', errors: [409] },
  page: {
    url: '/workshops/:id/votes/remove',
    done: ({ subject, input }) => ({ to: `/workshops/${subject.workshop.id}#${input.targetType}-${input.targetId}` }),
  },
});
