import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { isFlagSet, parse } from '../../../platform/http/validation.ts';
import { type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { toWallTime } from '../../../platform/zoned-time.ts';
import { loadManagedEvent } from '../loaders.ts';
import { listAttributeOptions } from '../queries/attribute-options.ts';
import type { Event } from '../queries/find-event.ts';
import { listQuestions } from '../queries/list-questions.ts';
import { listQuotas } from '../queries/seat-state.ts';
import { idParamsSchema } from '../schemas.ts';
import { QUOTA_ATTRIBUTES, type QuotaAttribute } from '../tables.ts';
import { AdminSettingsPage, type QuotaRowValue, type QuotaSources, type SettingsFormValues } from '../views/admin-settings-page.tsx';

const NEW_QUESTIONS = 2;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function momentOf(instant: string | null, timeZone: string) {
  return instant ? toWallTime(new Date(instant), timeZone) : { date: '', time: '' };
}

/** The quota table's rows: the top-level units (or the sectors) and any value that already has a quota. */
async function quotaRows(
  context: AppContext,
  request: FastifyRequest,
  event: Event,
  attribute: QuotaAttribute,
  seatsByValue: Map<string, string>,
): Promise<QuotaRowValue[]> {
  const options = await listAttributeOptions(context.db, event.organisationId, event.processId, attribute);
  const shown = options.filter((option) => option.depth === 0 || seatsByValue.has(option.value));
  return shown.map((option) => ({
    value: option.value,
    label: localize(option.label, request.locale),
    headcount: attribute === 'unit' ? option.headcount : null,
    seats: seatsByValue.get(option.value) ?? '',
  }));
}

function withBlankQuestions(questions: SettingsFormValues['questions']): SettingsFormValues['questions'] {
  return [...questions, ...Array.from({ length: NEW_QUESTIONS }, () => ({ id: '', label: {}, required: false }))];
}

async function storedValues(context: AppContext, request: FastifyRequest, event: Event): Promise<SettingsFormValues> {
  const quotas = event.quotaAttribute === 'none' ? [] : await listQuotas(context.db, event.organisationId, event.id);
  const seats = new Map(quotas.map((quota) => [quota.attributeValue, String(quota.seats)]));
  const questions = await listQuestions(context.db, event.organisationId, event.id);
  const timeZone = request.organisation.timeZone;
  return {
    registrationMode: event.registrationMode,
    capacity: event.capacity === null ? '' : String(event.capacity),
    quotaAttribute: event.quotaAttribute,
    quotaSplit: 'explicit',
    quotas: await quotaRows(context, request, event, event.quotaAttribute, seats),
    deadline: momentOf(event.registrationDeadline, timeZone),
    quotaRelease: momentOf(event.quotaReleaseAt, timeZone),
    answersRetentionDays: String(event.answersRetentionDays),
    questions: withBlankQuestions(questions.map((question) => ({ id: question.id, label: question.label, required: question.required }))),
  };
}

/** The settings form's fields as they were sent, to show again beside the errors. */
export async function sentValues(
  context: AppContext,
  request: FastifyRequest,
  event: Event,
  fields: Record<string, unknown>,
): Promise<SettingsFormValues> {
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const list = (value: unknown) => (Array.isArray(value) ? value.map(record) : []);
  const attribute = QUOTA_ATTRIBUTES.find((value) => value === fields.quotaAttribute) ?? event.quotaAttribute;
  const seats = new Map(list(fields.quotas).map((row) => [text(row.value), text(row.seats)]));
  const questions = list(fields.questions).map((question) => {
    const label = record(question.label);
    return {
      id: text(question.id),
      label: { fi: text(label.fi), sv: text(label.sv), en: text(label.en) } as Partial<LocalizedText>,
      required: isFlagSet(question.required),
    };
  });
  return {
    registrationMode: text(fields.registrationMode),
    capacity: text(fields.capacity),
    quotaAttribute: attribute,
    quotaSplit: text(fields.quotaSplit),
    quotas: attribute === event.quotaAttribute ? await quotaRows(context, request, event, attribute, seats) : [],
    deadline: { date: text(record(fields.deadline).date), time: text(record(fields.deadline).time) },
    quotaRelease: { date: text(record(fields.quotaRelease).date), time: text(record(fields.quotaRelease).time) },
    answersRetentionDays: text(fields.answersRetentionDays),
    questions,
  };
}

/** Whether there are units and sectors to share seats by, and the admin pages where they are made. */
async function quotaSourcesOf(context: AppContext, request: FastifyRequest, event: Event): Promise<QuotaSources> {
  const [units, sectors] = await Promise.all([
    listAttributeOptions(context.db, event.organisationId, event.processId, 'unit'),
    listAttributeOptions(context.db, event.organisationId, event.processId, 'sector'),
  ]);
  return {
    hasUnits: units.length > 0,
    hasSectors: sectors.length > 0,
    unitsHref: `/${request.locale}/admin/units`,
    sectorsHref: `/${request.locale}/admin/processes/${event.processId}/bodies`,
  };
}

/** The settings page, with the errors of a refused post (422). */
export async function showSettings(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  values: SettingsFormValues,
  errors?: FieldErrors,
) {
  const action = `/${request.locale}/admin/events/${event.id}/registration`;
  const sources = await quotaSourcesOf(context, request, event);
  return renderPage(
    context,
    request,
    reply,
    <AdminSettingsPage event={event} action={action} values={values} sources={sources} errors={errors} />,
    errors ? 422 : 200,
  );
}

/** The organiser's page of registration settings. */
export function registerAdminSettingsRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/registration', async (request, reply) => {
    const { id } = parse(idParamsSchema, request.params);
    const { event } = await loadManagedEvent(context, request, id);
    return showSettings(context, request, reply, event, await storedValues(context, request, event));
  });
}
