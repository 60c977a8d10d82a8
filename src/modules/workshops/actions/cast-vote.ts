import { defineAction } from '../../../platform/actions/action.ts';
import { castVote } from '../commands/cast-vote.ts';
import { roomChanged } from '../live/live-registry.ts';
import { loadParticipantRoom } from '../loaders.ts';
import { WRITE_RATE_LIMIT } from '../rate-limits.ts';
import { idParamsSchema, ownDotsSchema, voteSchema } from '../schemas.ts';

/**
 * A participant places one dot on a cluster, or on a note outside clusters, while the vote is open;
 * the API answers the participant's own dots on the prompt, which the room shows at once.
 */
export const castVoteAction = defineAction({
  name: 'workshops.vote.cast',
  summary:
    "Places one dot on a cluster or a note outside clusters while the vote is open, and answers the participant's own dots; 409 when no dots are left",
  tag: 'workshops',
  params: idParamsSchema,
  input: voteSchema,
  load: ({ context, request, params }) => loadParticipantRoom(context, request, params.id, 'workshops.vote.cast'),
  rateLimit: WRITE_RATE_LIMIT,
  run: ({ context, subject, input, now }) => castVote(context.db, subject.workshop, subject.participant, input, now),
  pageVersion: 'unchanged',
  after: [roomChanged],
  api: {
    method: 'POST',
    url: '/workshops/:id/votes',
    access: 'public',
    errors: [409],
    response: ownDotsSchema,
    present: (_call, own) => own,
  },
  page: {
    url: '/workshops/:id/votes',
    done: ({ subject, input }) => ({ to: `/workshops/${subject.workshop.id}#${input.targetType}-${input.targetId}` }),
  },
});
