import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { channelPath } from '../actions/vote-page.tsx';
import { channelSubject, loadVisibleChannel, participantIdentity } from '../channel-access.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { findParticipant } from '../queries/find-participant.ts';
import { listStatements } from '../queries/list-statements.ts';
import { channelFigures, countVotes } from '../queries/vote-totals.ts';
import { ResultsPage } from '../views/results-page.tsx';

/** Everything a results page or the results API shows, once the actor may read the results. */
export async function loadResults(context: AppContext, request: FastifyRequest, channelId: string, processSlug?: string) {
  const actor = request.identity.actor;
  const { channel, process } = await loadVisibleChannel(context, actor, channelId, processSlug);
  authorize(context.authorizer, request, 'statements.results.view', channelSubject(channel));
  const organisationId = actor.organisationId;
  const identity = participantIdentity(request, channel.id);
  const participant = identity ? await findParticipant(context.db, organisationId, channel.id, identity) : undefined;
  return {
    channel,
    process,
    statements: await listStatements(context.db, organisationId, channel.id, ['published']),
    totals: await countVotes(context.db, organisationId, channel.id),
    figures: await channelFigures(context.db, organisationId, channel.id),
    snapshot: (await findLatestSnapshot(context.db, organisationId, channel.id)) ?? null,
    viewerNumber: participant?.number ?? null,
  };
}

/** The results page of a channel (public once the organiser publishes the results). */
export function registerResultsRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/statements/:id/results', async (request, reply) => {
    const params = request.params as { slug: string; id: string };
    const results = await loadResults(context, request, params.id, params.slug);
    const basePath = `/${request.locale}${channelPath(results.process.slug, results.channel.id)}`;
    return renderPage(context, request, reply, <ResultsPage {...results} basePath={basePath} />);
  });
}
