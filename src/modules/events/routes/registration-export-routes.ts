import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isLocale } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { attributeChoicesIn } from '../attribute-choices.ts';
import { recordRegistrationsExport } from '../commands/record-registrations-export.ts';
import { registrationCsv, registrationTable, registrationXlsx } from '../export/registration-table.ts';
import { loadManagedEvent } from '../loaders.ts';
import { listQuestions } from '../queries/list-questions.ts';
import { listRegistrationAnswers } from '../queries/list-registration-answers.ts';
import { listRegistrations } from '../queries/list-registrations.ts';
import { EVENT_LIMITS } from '../schemas.ts';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The organiser's registration list as a file: the page's columns and the answers to the extra questions. */
export function registerRegistrationExportRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/events/:id/registrations/export',
    summary:
      'The registrations of an event as the organiser’s page lists them, with the answers to the extra questions: ?format=csv|xlsx, ?lang=fi|sv|en for the headers (organisers; every download is audited)',
    tag: 'events',
    params: z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) }),
    query: z.object({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: z.enum(['fi', 'sv', 'en']).optional() }),
    handler: async ({ params, query, request, reply }) => {
      const { event } = await loadManagedEvent(context, request, params.id);
      const locale = query.lang && isLocale(query.lang) ? query.lang : request.locale;
      const [items, choices, questions, answers] = await Promise.all([
        listRegistrations(context.db, event.organisationId, event.id),
        attributeChoicesIn(context, locale, event),
        listQuestions(context.db, event.organisationId, event.id),
        listRegistrationAnswers(context.db, event.organisationId, event.id),
      ]);
      await recordRegistrationsExport(context.db, request.identity.actor, event.id, query.format, request.ip, context.clock.now());
      const t = (key: string) => context.translator.t(locale, key);
      const table = registrationTable({ items, choices, questions, answers, locale, t });
      const body = query.format === 'csv' ? registrationCsv(table) : await registrationXlsx(table, t('events.organiser.sheetName'));
      await reply
        .status(200)
        .header('content-type', CONTENT_TYPES[query.format])
        .header('content-disposition', `attachment; filename="registrations-${event.id.slice(0, 8)}.${query.format}"`)
        .header('cache-control', 'no-store')
        .send(body);
      return undefined;
    },
  });
}
