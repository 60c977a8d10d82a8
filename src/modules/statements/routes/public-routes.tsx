import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type FieldErrors, HttpError, invalid } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { findVisibleProcess, type Process } from '../../processes/index.ts';
import { castVote } from '../commands/cast-vote.ts';
import { submitStatement } from '../commands/submit-statement.ts';
import { type Channel, channelState } from '../model.ts';
import { countStatementsByChannel } from '../queries/count-by-channel.ts';
import { listProcessChannels } from '../queries/list-channels.ts';
import { submitStatementSchema, voteSchema } from '../schemas.ts';
import { ChannelListPage } from '../views/channel-list-page.tsx';
import { VotePage } from '../views/vote-page.tsx';
import {
  ensureParticipantIdentity,
  loadVisibleChannel,
  participationSubject,
  requireParticipation,
  STATEMENT_RATE_LIMIT,
  VOTE_RATE_LIMIT,
} from './channel-access.ts';
import { participantView } from './participant-view.ts';

type Params = { slug: string; id: string };
type FormFields = Record<string, string | string[]>;

/** The path of a channel's voting page, without the locale. */
export function channelPath(processSlug: string, channelId: string): string {
  return `/processes/${processSlug}/statements/${channelId}`;
}

async function renderVotePage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: { channel: Channel; process: Process },
  statementForm: { text: string; language: string; errors?: FieldErrors } = { text: '', language: request.locale },
  status = 200,
) {
  const { channel, process } = loaded;
  const participant = await participantView(context, request, channel);
  const basePath = `/${request.locale}${channelPath(process.slug, channel.id)}`;
  return renderPage(
    context,
    request,
    reply,
    <VotePage
      process={process}
      channel={channel}
      block={participant.block}
      next={participant.next}
      progress={participant.progress}
      group={participant.group}
      mayAdd={participant.mayAdd}
      basePath={basePath}
      resultsHref={participant.mayViewResults ? `${basePath}/results` : null}
      statementForm={statementForm}
    />,
    status,
  );
}

/** The public pages: a process's channels, voting one statement at a time, and writing a statement. */
export function registerPublicRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/statements', async (request, reply) => {
    const actor = request.identity.actor;
    const process = await findVisibleProcess(context, actor, (request.params as { slug: string }).slug);
    const includeDrafts = context.authorizer.can(actor, 'statements.channel.create', process);
    const { items } = await listProcessChannels(context.db, actor.organisationId, process.id, { includeDrafts, limit: 200 });
    const ids = items.map((channel) => channel.id);
    const counts = await countStatementsByChannel(context.db, actor.organisationId, ids, 'published');
    const now = context.clock.now();
    const list = items.map((channel) => ({ channel, state: channelState(channel, now), statements: counts.get(channel.id) ?? 0 }));
    return renderPage(context, request, reply, <ChannelListPage process={process} items={list} />);
  });

  page(app, 'GET', '/processes/:slug/statements/:id', async (request, reply) => {
    const params = request.params as Params;
    return renderVotePage(context, request, reply, await loadVisibleChannel(context, request.identity.actor, params.id, params.slug));
  });

  page(
    app,
    'POST',
    '/processes/:slug/statements/:id/votes',
    async (request, reply) => {
      const params = request.params as Params;
      const actor = request.identity.actor;
      const { channel, process } = await loadVisibleChannel(context, actor, params.id, params.slug);
      const parsed = check(voteSchema, unflattenForm((request.body ?? {}) as FormFields));
      if (!parsed.ok) throw invalid(parsed.errors);
      requireParticipation(context, actor, await participationSubject(context, actor, channel), 'statements.vote.cast');
      const identity = ensureParticipantIdentity(context, request, reply, channel.id);
      const input = { organisationId: actor.organisationId, channelId: channel.id, identity, ...parsed.data };
      await castVote(context.db, input, context.clock.now());
      setFlash(reply, 'statements.vote.recorded');
      return reply.redirect(`/${request.locale}${channelPath(process.slug, channel.id)}`, 303);
    },
    { config: { rateLimit: VOTE_RATE_LIMIT } },
  );

  page(
    app,
    'POST',
    '/processes/:slug/statements/:id/statements',
    async (request, reply) => {
      const params = request.params as Params;
      const actor = request.identity.actor;
      const loaded = await loadVisibleChannel(context, actor, params.id, params.slug);
      const form = unflattenForm((request.body ?? {}) as FormFields);
      const sent = {
        text: typeof form.text === 'string' ? form.text : '',
        language: typeof form.language === 'string' ? form.language : 'fi',
      };
      requireParticipation(context, actor, await participationSubject(context, actor, loaded.channel), 'statements.statement.submit');
      const parsed = check(submitStatementSchema, form);
      if (!parsed.ok) return renderVotePage(context, request, reply, loaded, { ...sent, errors: parsed.errors }, 422);
      const identity = ensureParticipantIdentity(context, request, reply, loaded.channel.id);
      const input = {
        organisationId: actor.organisationId,
        channelId: loaded.channel.id,
        text: parsed.data.text,
        language: parsed.data.language ?? request.locale,
        identity,
      };
      try {
        const result = await submitStatement(context.db, input, context.clock.now());
        setFlash(reply, result.status === 'pending' ? 'statements.submit.awaitingModeration' : 'statements.submit.published');
      } catch (error) {
        if (!(error instanceof HttpError) || error.messageKey !== 'statements.statement.duplicate') throw error;
        return renderVotePage(context, request, reply, loaded, { ...sent, errors: { text: { key: error.messageKey } } }, 409);
      }
      return reply.redirect(`/${request.locale}${channelPath(loaded.process.slug, loaded.channel.id)}`, 303);
    },
    { config: { rateLimit: STATEMENT_RATE_LIMIT } },
  );
}
