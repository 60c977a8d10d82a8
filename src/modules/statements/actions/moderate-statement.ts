import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { loadManagedChannel } from '../admin-channel.ts';
import { moderateStatement } from '../commands/moderate-statement.ts';
import { moderateStatementSchema } from '../schemas.ts';
import { renderQueue } from './moderation-queue.tsx';

/** A moderator publishes or hides a participant's statement (hiding needs a reason the author can be told). */
export const moderateStatementAction = defineAction({
  name: 'statements.statement.moderate',
  summary: 'Publish or hide a statement',
  tag: 'statements',
  params: z.object({ id: z.string(), statementId: z.string() }),
  input: moderateStatementSchema,
  load: ({ context, request, params }) => loadManagedChannel(context, request, params.id, 'statements.statement.moderate'),
  run: ({ context, actor, subject, params, input, now }) =>
    moderateStatement(context.db, actor, { channelId: subject.channel.id, statementId: params.statementId.slice(0, 64), ...input }, now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/admin/statements/:id/moderation/:statementId',
    form: ({ context, request, subject, params }, reply, { errors }, status) =>
      renderQueue(context, request, reply, subject.channel, { statementId: params.statementId, errors }, status),
    done: ({ subject, input }) => ({
      to: `/admin/statements/${subject.channel.id}/moderation`,
      flash: input.decision === 'hide' ? 'statements.moderation.hidden' : 'statements.moderation.published',
    }),
  },
});
