import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import type { AppContext } from '../../../platform/module.ts';
import { channelSubject, loadVisibleChannel } from '../channel-access.ts';
import { buildPolisExportFile, EXPORT_FILES } from '../csv/polis-export.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';

/** The export in Polis's open-data format, one file at a time, for analysts and the process's managers. */
export function registerExportRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/statements/:channelId/export/:file',
    summary: 'A Polis-format export file of a channel: comments.csv, votes.csv or participants-votes.csv (with our group-id)',
    tag: 'statements',
    params: z.object({ channelId: z.string().min(1).max(STATEMENT_LIMITS.idMax), file: z.enum(EXPORT_FILES) }),
    handler: async ({ params, request, reply }) => {
      const actor = request.identity.actor;
      const { channel } = await loadVisibleChannel(context, actor, params.channelId);
      authorize(context.authorizer, request, 'statements.results.export', channelSubject(channel));
      const snapshot = await findLatestSnapshot(context.db, actor.organisationId, channel.id);
      const text = await buildPolisExportFile(context.db, actor.organisationId, channel.id, params.file, snapshot?.result ?? null);
      // Every participant's votes (pseudonymous) leave the system: the audit log says who took them.
      const entry = {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'statements.results.export',
        subjectType: 'statement_channel',
        subjectId: channel.id,
        details: { file: params.file },
      };
      await recordAudit(context.db, entry, context.clock.now());
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${params.file}"`)
        .header('cache-control', 'no-store')
        .send(text);
      return undefined;
    },
  });
}
