import { finished } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../platform/module.ts';
import { listPhases } from '../../processes/index.ts';
import { openDataZip } from '../export/open-data.ts';
import { loadPublishedReport } from '../loaders.ts';
import { loadParticipationFigures } from '../participation/load-figures.ts';
import { slugParamsSchema } from '../schemas.ts';

/** The published report as JSON and the process's open-data zip: public once the coordinator has published. */
export function registerReportsApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/report',
    summary:
      'A process’s published final report: each section’s text (fi/sv/en) and its data (figures with small groups suppressed, themes, opinion groups, coverage, goals)',
    tag: 'reports',
    params: slugParamsSchema,
    response: z.object({
      publishedAt: z.string(),
      licence: z.string(),
      builtAt: z.string(),
      sections: z.array(z.unknown()),
      data: z.record(z.string(), z.unknown()),
    }),
    handler: async ({ params, request }) => {
      const { report, publishedAt } = await loadPublishedReport(context, request, params.slug);
      return {
        publishedAt,
        licence: report.licence,
        builtAt: report.builtAt,
        sections: report.sections,
        data: report.data as unknown as Record<string, unknown>,
      };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/open-data',
    summary:
      'A process’s open data as a zip: contributions and participation as CSV and JSON, README.md, datapackage.json (every file and column), report.json; CC BY 4.0',
    tag: 'reports',
    params: slugParamsSchema,
    handler: async ({ params, request, reply }) => {
      const { process, report, publishedAt } = await loadPublishedReport(context, request, params.slug);
      const organisationId = request.identity.actor.organisationId;
      const [phases, figures] = await Promise.all([
        listPhases(context.db, organisationId, [process.id]),
        loadParticipationFigures(context, organisationId, process, 'fi'),
      ]);
      reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${process.slug}-open-data.zip"`)
        .header('cache-control', 'no-store');
      reply.send(openDataZip({ db: context.db, organisationId, process, phases, figures, report, publishedAt }));
      // A stream is answered when it has been written out; the registry answers for handlers that return.
      await finished(reply.raw).catch(() => undefined);
      if (!reply.sent) reply.hijack();
      return undefined;
    },
  });
}
