import { finished } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../platform/module.ts';
import { openDataPackage } from '../files/open-data-package.ts';
import { reportPdfFile } from '../files/report-pdf-file.ts';
import { sendStoredFile } from '../files/send-stored-file.ts';
import { loadPublishedReport } from '../loaders.ts';
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
      const file = await openDataPackage(context, request.identity.actor.organisationId, process, { report, publishedAt });
      sendStoredFile(request, reply, file, { contentType: 'application/zip', filename: `${process.slug}-open-data.zip` });
      // The reply is answered when written out (onSend hooks run first); the registry answers for handlers that return.
      await finished(reply.raw).catch(() => undefined);
      if (!reply.sent) reply.hijack();
      return undefined;
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/report/pdf',
    summary:
      'A process’s published final report as a tagged PDF in the request’s language (Accept-Language), printed once per publishing; 503 when this server cannot print',
    tag: 'reports',
    params: slugParamsSchema,
    errors: [503],
    handler: async ({ params, request, reply }) => {
      const published = await loadPublishedReport(context, request, params.slug);
      const file = await reportPdfFile(context, request, reply, published);
      sendStoredFile(request, reply, file, {
        contentType: 'application/pdf',
        filename: `${published.process.slug}-report-${request.locale}.pdf`,
      });
      await finished(reply.raw).catch(() => undefined);
      if (!reply.sent) reply.hijack();
      return undefined;
    },
  });
}
