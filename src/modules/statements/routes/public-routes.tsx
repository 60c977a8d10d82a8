import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadVisibleProcess } from '../../processes/index.ts';
import { renderVotePage } from '../actions/vote-page.tsx';
import { loadVisibleChannel } from '../channel-access.ts';
import { channelState } from '../model.ts';
import { countStatementsByChannel } from '../queries/count-by-channel.ts';
import { listProcessChannels } from '../queries/list-channels.ts';
import { ChannelListPage } from '../views/channel-list-page.tsx';

type Params = { slug: string; id: string };

/** The public pages: a process's channels, and voting one statement at a time (votes and statements are actions). */
export function registerPublicRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/statements', async (request, reply) => {
    const actor = request.identity.actor;
    const process = await loadVisibleProcess(context, actor, (request.params as { slug: string }).slug);
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
}
