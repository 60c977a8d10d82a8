import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { ensureParticipantIdentity, participationSubject, requireParticipation, STATEMENT_RATE_LIMIT } from '../channel-access.ts';
import { submitStatement } from '../commands/submit-statement.ts';
import { submitStatementSchema } from '../schemas.ts';
import { apiChannelParams, type ChannelParams, loadParticipantChannel, pageChannelParams } from './visible-channel.ts';
import { channelPath, renderVotePage } from './vote-page.tsx';

const text = (value: unknown, otherwise: string) => (typeof value === 'string' ? value : otherwise);

/** A statement a participant writes; it waits for a moderator when the channel moderates before publication. */
export const submitStatementAction = defineAction({
  name: 'statements.statement.submit',
  summary: 'Write a statement; it waits for a moderator when the channel moderates before publication',
  tag: 'statements',
  params: z.union([apiChannelParams, pageChannelParams]) as z.ZodType<ChannelParams>,
  input: submitStatementSchema,
  // Whether the actor may write here is decided before what they wrote is read.
  load: async (call) => {
    const loaded = await loadParticipantChannel(call);
    const { context, actor } = call;
    requireParticipation(context, actor, await participationSubject(context, actor, loaded.channel), 'statements.statement.submit');
    return loaded;
  },
  rateLimit: STATEMENT_RATE_LIMIT as unknown as { max: number; timeWindow: string },
  run: ({ context, request, reply, actor, subject, input, now }) => {
    const identity = ensureParticipantIdentity(context, request, reply, subject.channel.id);
    const statement = {
      organisationId: actor.organisationId,
      channelId: subject.channel.id,
      text: input.text,
      language: input.language ?? request.locale,
      identity,
    };
    return submitStatement(context.db, statement, now);
  },
  // A moderator sees a pending statement in the queue when they next look; nothing is sent.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/statements/:channelId/statements',
    params: apiChannelParams,
    access: 'public',
    status: 201,
    response: z.object({ id: z.string(), status: z.enum(['pending', 'published']) }),
    present: (_call, result) => ({ id: result.id, status: result.status === 'pending' ? ('pending' as const) : ('published' as const) }),
    errors: [409],
  },
  page: {
    url: '/processes/:slug/statements/:id/statements',
    params: pageChannelParams,
    // A bad text answers 422, the same statement twice 409, both at the text field of the voting page.
    form: ({ context, request, subject }, reply, { values, errors }, status) =>
      renderVotePage(
        context,
        request,
        reply,
        subject,
        { text: text(values.text, ''), language: text(values.language, 'fi'), errors },
        status,
      ),
    refusalField: 'text',
    done: ({ subject }, result) => ({
      to: channelPath(subject.process.slug, subject.channel.id),
      flash: result.status === 'pending' ? 'statements.submit.awaitingModeration' : 'statements.submit.published',
    }),
  },
});
