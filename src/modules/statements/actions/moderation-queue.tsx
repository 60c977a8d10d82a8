import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Channel, Statement } from '../model.ts';
import { listStatements } from '../queries/list-statements.ts';
import { ModerationPage } from '../views/moderation-page.tsx';

/** A participant's statement shown at once (moderation after publication) that no moderator has looked at yet. */
const unreviewed = (statement: Statement) =>
  statement.status === 'published' && statement.origin === 'participant' && !statement.moderatedAt;

/** The moderation queue of a channel; a refused decision shows its errors at its statement (422). */
export async function renderQueue(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  channel: Channel,
  failed?: { statementId: string; errors: FieldErrors },
  status = failed ? 422 : 200,
) {
  const all = await listStatements(context.db, request.identity.actor.organisationId, channel.id);
  const props = {
    channel,
    pending: all.filter((statement) => statement.status === 'pending'),
    unreviewed: all.filter(unreviewed),
    published: all.filter((statement) => statement.status === 'published' && !unreviewed(statement)),
    hidden: all.filter((statement) => statement.status === 'hidden'),
    errors: failed?.errors,
    errorStatementId: failed?.statementId,
  };
  return renderPage(context, request, reply, <ModerationPage {...props} />, status);
}
