import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import { invalid } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { loadVisibleProcess } from '../../processes/index.ts';
import { loadVisibleChannel } from '../channel-access.ts';
import { groupLabel } from '../model.ts';
import { participantView } from '../participant-view.ts';
import {
  channelDetailResponseSchema,
  channelResponseSchema,
  presentChannel,
  presentResults,
  presentStatement,
  resultsResponseSchema,
} from '../presenters.ts';
import { groupOfParticipant } from '../queries/find-latest-snapshot.ts';
import { decodeChannelCursor, listProcessChannels } from '../queries/list-channels.ts';
import { listStatements } from '../queries/list-statements.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';
import { loadResults } from './results-routes.tsx';

const TAG = 'statements';
const slugParams = z.object({ slug: z.string().max(100) });
const channelParams = z.object({ channelId: z.string().min(1).max(STATEMENT_LIMITS.idMax) });

/** The statements API's reads: channels of a process, a channel with its statements, results (voting and writing are actions). */
export function registerApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/statements',
    summary: 'The statements channels of a process that the caller may see',
    tag: TAG,
    params: slugParams,
    query: pageQuerySchema,
    response: pageOf(channelResponseSchema),
    handler: async ({ params, query, request }) => {
      const actor = request.identity.actor;
      const process = await loadVisibleProcess(context, actor, params.slug);
      const after = query.cursor ? decodeChannelCursor(query.cursor) : null;
      if (query.cursor && !after) throw invalid({ cursor: { key: 'statements.api.cursorInvalid' } });
      const includeDrafts = context.authorizer.can(actor, 'statements.channel.create', process);
      const page = await listProcessChannels(context.db, actor.organisationId, process.id, { includeDrafts, limit: query.limit, after });
      const now = context.clock.now();
      return { items: page.items.map((channel) => presentChannel(channel, now)), nextCursor: page.nextCursor };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/statements/:channelId',
    summary: 'A statements channel with its published statements and the caller’s progress and group',
    tag: TAG,
    params: channelParams,
    response: channelDetailResponseSchema,
    handler: async ({ params, request }) => {
      const { channel } = await loadVisibleChannel(context, request.identity.actor, params.channelId);
      const statements = await listStatements(context.db, request.identity.actor.organisationId, channel.id, ['published']);
      const view = await participantView(context, request, channel);
      return {
        ...presentChannel(channel, context.clock.now()),
        statements: statements.map(presentStatement),
        participant: {
          ...view.progress,
          nextStatementId: view.mayVote ? (view.next?.id ?? null) : null,
          group: view.group,
          mayVote: view.mayVote,
          mayAdd: view.mayAdd,
        },
      };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/statements/:channelId/results',
    summary: 'The newest computed opinion groups (representative, consensus and divisive statements) and the vote totals',
    tag: TAG,
    params: channelParams,
    response: resultsResponseSchema,
    handler: async ({ params, request }) => {
      const results = await loadResults(context, request, params.channelId);
      const own = results.snapshot ? groupOfParticipant(results.snapshot.result, results.viewerNumber) : null;
      return presentResults({ ...results, channelId: results.channel.id, yourGroup: own === null ? null : groupLabel(own) });
    },
  });
}
