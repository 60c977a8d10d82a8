import { finished } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { csvExport, jsonExport, xlsxExport } from '../export/write-exports.ts';
import { presentSurveyDefinition } from '../presenters.ts';
import { pathIdSchema } from '../schemas.ts';
import { loadVisibleSurvey, surveySubject } from '../survey-access.ts';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
} as const;

/** The survey export: CSV, XLSX or JSON, full or open data, streamed with constant memory. */
export function registerExportRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/surveys/:id/export',
    summary:
      'Every submitted response, losslessly: ?format=csv|xlsx|json, ?variant=full|open (open data has no identities), ?lang=fi|sv|en for labels',
    tag: 'surveys',
    params: z.object({ id: pathIdSchema }),
    query: z.object({
      format: z.enum(['csv', 'xlsx', 'json']).default('csv'),
      variant: z.enum(['full', 'open']).default('full'),
      lang: z.enum(['fi', 'sv', 'en']).optional(),
    }),
    handler: async ({ params, query, request, reply }) => {
      const actor = request.identity.actor;
      const { definition } = await loadVisibleSurvey(context, actor, params.id);
      const action = query.variant === 'full' ? 'surveys.results.export' : 'surveys.results.exportOpenData';
      authorize(context.authorizer, request, action, surveySubject(definition.survey));
      const locale = query.lang && isLocale(query.lang) ? query.lang : request.locale;
      if (query.variant === 'full') {
        // Reading everyone's answers is a read of personal data: it goes to the audit log.
        const entry = {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'surveys.results.export',
          subjectType: 'survey',
          subjectId: definition.survey.id,
          details: { format: query.format },
        };
        await recordAudit(context.db, entry, context.clock.now());
      }
      const input = { db: context.db, definition, variant: query.variant, locale, t: (key: string) => context.translator.t(locale, key) };
      const stream =
        query.format === 'csv'
          ? csvExport(input)
          : query.format === 'xlsx'
            ? xlsxExport(input)
            : jsonExport(input, presentSurveyDefinition(definition));
      const name = `survey-${definition.survey.id.slice(0, 8)}${query.variant === 'open' ? '-open' : ''}.${query.format}`;
      reply
        .header('content-type', CONTENT_TYPES[query.format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store');
      reply.send(stream);
      // The registry answers for handlers that return; a stream is answered when it has been written out.
      await finished(reply.raw).catch(() => undefined);
      if (!reply.sent) reply.hijack();
      return undefined;
    },
  });
}
