import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import { type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { toWallTime } from '../../../platform/zoned-time.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listBodies, listVisibleProcesses, type Process } from '../../processes/index.ts';
import { type EventWithProcess, loadManagedEvent, loadManagedProcess } from '../loaders.ts';
import type { Event } from '../queries/find-event.ts';
import { listVisibleEvents } from '../queries/list-visible-events.ts';
import { registrationCounts } from '../queries/registration-counts.ts';
import { EVENT_LIMITS, idParamsSchema } from '../schemas.ts';
import {
  AdminChooseProcessPage,
  AdminEditEventPage,
  AdminNewEventPage,
  type EventFormChoices,
  type EventFormValues,
} from '../views/admin-event-form-page.tsx';
import { AdminEventsPage } from '../views/admin-events-page.tsx';

const processQuery = z.object({ process: z.string().max(EVENT_LIMITS.idMax).optional() });
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const localized = (value: unknown) => {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { fi: text(record.fi), sv: text(record.sv), en: text(record.en) };
};

/** The form's fields as they were sent, to show again beside the errors. */
export function sentValues(fields: Record<string, unknown>): EventFormValues {
  const bodies = Array.isArray(fields.audienceBodyIds) ? fields.audienceBodyIds.map(text) : [];
  const units = Array.isArray(fields.audienceUnitIds) ? fields.audienceUnitIds.map(text) : [];
  return {
    kind: text(fields.kind),
    title: localized(fields.title),
    description: localized(fields.description),
    agenda: localized(fields.agenda),
    summary: localized(fields.summary),
    place: localized(fields.place),
    onlineUrl: text(fields.onlineUrl),
    startsOn: text(fields.startsOn),
    startTime: text(fields.startTime),
    endsOn: text(fields.endsOn),
    endTime: text(fields.endTime),
    audience: text(fields.audience),
    audienceBodyIds: bodies,
    audienceUnitIds: units,
    responsible: localized(fields.responsible),
    status: text(fields.status),
    timelineItemId: text(fields.timelineItemId),
  };
}

function storedValues(event: Event, timeZone: string): EventFormValues {
  const start = toWallTime(new Date(event.startsAt), timeZone);
  const end = toWallTime(new Date(event.endsAt), timeZone);
  return {
    ...event,
    onlineUrl: event.onlineUrl ?? '',
    startsOn: start.date,
    startTime: start.time,
    endsOn: end.date === start.date ? '' : end.date,
    endTime: end.time,
    timelineItemId: event.timelineItemId ?? '',
  };
}

async function choicesOf(context: AppContext, request: FastifyRequest, process: Process): Promise<EventFormChoices> {
  const bodies = await listBodies(context.db, request.organisation.id, process.id);
  const units = flattenUnitTree(await listUnitTree(context.db, request.organisation.id));
  const items = await context.db
    .selectFrom('timeline_items')
    .select(['id', 'title', 'starts_on'])
    .$call(inOrganisation(request.organisation.id, 'timeline_items'))
    .where('process_id', '=', process.id)
    .orderBy('starts_on')
    .execute();
  return {
    bodies: bodies.map((body) => ({ value: body.id, label: localize(body.name, request.locale) })),
    units: units.map((unit) => ({ value: unit.id, label: `${'– '.repeat(unit.depth)}${localize(unit.name, request.locale)}` })),
    timelineItems: items.map((item) => ({
      value: item.id,
      label: `${item.starts_on} ${localize(parseJsonColumn<LocalizedText>(item.title, { fi: '' }), request.locale)}`,
    })),
  };
}

function registerAdminList(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events', async (request, reply) => {
    authorize(context.authorizer, request, 'events.admin.list');
    const actor = request.identity.actor;
    const all = await listVisibleEvents(context, actor);
    const entries = all.filter(({ event }) => context.authorizer.can(actor, 'events.checkin.manage', { processId: event.processId }));
    const managed = (await listVisibleProcesses(context, actor))
      .map((entry) => entry.process)
      .filter((process) => context.authorizer.can(actor, 'events.event.manage', { processId: process.id }));
    const counts = await registrationCounts(context.db, request.organisation.id);
    return renderPage(context, request, reply, <AdminEventsPage entries={entries} counts={counts} managed={managed} />);
  });
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** The new-event form of a process, with the errors of a refused post (422). */
export async function showNewForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  process: Process,
  values: EventFormValues,
  errors?: FieldErrors,
) {
  const action = `/${request.locale}/admin/events/new?process=${encodeURIComponent(process.id)}`;
  const choices = await choicesOf(context, request, process);
  const content = (
    <AdminNewEventPage
      processTitle={localize(process.title, request.locale)}
      action={action}
      values={values}
      choices={choices}
      errors={errors}
    />
  );
  return renderPage(context, request, reply, content, errors ? 422 : 200);
}

/** An event's edit form, with the errors of a refused post (422). */
export async function showEditForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  found: EventWithProcess,
  values: EventFormValues,
  errors?: FieldErrors,
) {
  const action = `/${request.locale}/admin/events/${found.event.id}/edit`;
  const choices = await choicesOf(context, request, found.process);
  const content = <AdminEditEventPage event={found.event} action={action} values={values} choices={choices} errors={errors} />;
  return renderPage(context, request, reply, content, errors ? 422 : 200);
}

/** The new-event form of a chosen process, or first the choice of process. */
function newEventForm(context: AppContext): Handler {
  return async (request, reply) => {
    authorize(context.authorizer, request, 'events.admin.list');
    const { process: processId } = parse(processQuery, request.query);
    if (processId) {
      const values = { ...sentValues({}), kind: 'workshop', status: 'planned', audience: 'public' };
      return showNewForm(context, request, reply, await loadManagedProcess(context, request, processId), values);
    }
    const actor = request.identity.actor;
    const processes = (await listVisibleProcesses(context, actor))
      .map((entry) => entry.process)
      .filter((process) => context.authorizer.can(actor, 'events.event.manage', { processId: process.id }));
    if (processes.length === 0) authorize(context.authorizer, request, 'events.event.manage', { processId: '' });
    const choices = processes.map((process) => ({ id: process.id, title: localize(process.title, request.locale) }));
    return renderPage(context, request, reply, <AdminChooseProcessPage processes={choices} />);
  };
}

/** The organiser's list of events and the forms that create and change them (their posts are actions). */
export function registerAdminEventRoutes(app: FastifyInstance, context: AppContext): void {
  registerAdminList(app, context);
  page(app, 'GET', '/admin/events/new', newEventForm(context));
  page(app, 'GET', '/admin/events/:id/edit', async (request, reply) => {
    const { id } = parse(idParamsSchema, request.params);
    const found = await loadManagedEvent(context, request, id);
    return showEditForm(context, request, reply, found, storedValues(found.event, request.organisation.timeZone));
  });
}
