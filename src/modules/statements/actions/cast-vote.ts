import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { ensureParticipantIdentity, participationSubject, requireParticipation, VOTE_RATE_LIMIT } from '../channel-access.ts';
import { castVote } from '../commands/cast-vote.ts';
import { voteSchema } from '../schemas.ts';
import { apiChannelParams, type ChannelParams, loadParticipantChannel, pageChannelParams } from './visible-channel.ts';
import { channelPath } from './vote-page.tsx';

/**
 * A vote agree, disagree or pass on a statement; a later vote on the same statement replaces
 * the earlier one. Counted per participant (account or browser cookie), not per address.
 */
export const castVoteAction = defineAction({
  name: 'statements.vote.cast',
  summary: 'Vote agree, disagree or pass on a statement; a later vote on the same statement replaces the earlier one',
  tag: 'statements',
  params: z.union([apiChannelParams, pageChannelParams]) as z.ZodType<ChannelParams>,
  input: voteSchema,
  load: loadParticipantChannel,
  // The registry's type names a fixed max; the per-participant key and limits go along to the plugin as they are.
  rateLimit: VOTE_RATE_LIMIT as unknown as { max: number; timeWindow: string },
  run: async ({ context, request, reply, actor, subject, input, now }) => {
    const { channel } = subject;
    requireParticipation(context, actor, await participationSubject(context, actor, channel), 'statements.vote.cast');
    const identity = ensureParticipantIdentity(context, request, reply, channel.id);
    return castVote(context.db, { organisationId: actor.organisationId, channelId: channel.id, identity, ...input }, now);
  },
  // The opinion groups are recomputed by their job; nothing follows the vote itself.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/statements/:channelId/votes',
    params: apiChannelParams,
    access: 'public',
    response: z.object({
      statementId: z.string(),
      vote: voteSchema.shape.vote,
      progress: z.object({ voted: z.number(), total: z.number() }),
    }),
    present: ({ input }, result) => ({
      statementId: input.statementId,
      vote: input.vote,
      progress: { voted: result.voted, total: result.total },
    }),
    errors: [409],
  },
  page: {
    url: '/processes/:slug/statements/:id/votes',
    params: pageChannelParams,
    done: ({ subject }) => ({ to: channelPath(subject.process.slug, subject.channel.id), flash: 'statements.vote.recorded' }),
  },
});
