import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { moderateStatement } from '../commands/moderate-statement.ts';
import type { Channel, Statement } from '../model.ts';
import { listStatements } from '../queries/list-statements.ts';
import { moderateStatementSchema } from '../schemas.ts';
import { ModerationPage } from '../views/moderation-page.tsx';
import { loadAdminChannel } from './admin-support.ts';

type FormFields = Record<string, string | string[]>;

/** A participant's statement shown at once (moderation after publication) that no moderator has looked at yet. */
const unreviewed = (statement: Statement) =>
  statement.status === 'published' && statement.origin === 'participant' && !statement.moderatedAt;

async function renderQueue(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  channel: Channel,
  failed?: { statementId: string; errors: FieldErrors },
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
  return renderPage(context, request, reply, <ModerationPage {...props} />, failed ? 422 : 200);
}

/** The moderation queue: moderators of the process (and its managers) publish or hide what participants wrote. */
export function registerModerationRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/statements/:id/moderation', async (request, reply) => {
    const { channel } = await loadAdminChannel(context, request, (request.params as { id: string }).id, 'statements.statement.moderate');
    return renderQueue(context, request, reply, channel);
  });

  page(app, 'POST', '/admin/statements/:id/moderation/:statementId', async (request, reply) => {
    const params = request.params as { id: string; statementId: string };
    const { channel } = await loadAdminChannel(context, request, params.id, 'statements.statement.moderate');
    const checked = check(moderateStatementSchema, unflattenForm((request.body ?? {}) as FormFields));
    if (!checked.ok) return renderQueue(context, request, reply, channel, { statementId: params.statementId, errors: checked.errors });
    const decision = { channelId: channel.id, statementId: params.statementId.slice(0, 64), ...checked.data };
    await moderateStatement(context.db, request.identity.actor, decision, context.clock.now());
    setFlash(reply, checked.data.decision === 'hide' ? 'statements.moderation.hidden' : 'statements.moderation.published');
    return reply.redirect(`/${request.locale}/admin/statements/${channel.id}/moderation`, 303);
  });
}
