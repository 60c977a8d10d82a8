import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { localizedPath, page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { createTimelineItem } from '../commands/create-timeline-item.ts';
import { deleteTimelineItem } from '../commands/delete-timeline-item.ts';
import { updateTimelineItem } from '../commands/update-timeline-item.ts';
import { listBodiesForAdmin } from '../queries/admin-bodies.ts';
import { listPhasesForAdmin } from '../queries/admin-phases.ts';
import { type AdminTimelineItem, findTimelineItemForAdmin, listTimelineForAdmin } from '../queries/admin-timeline.ts';
import type { Process } from '../queries/find-process.ts';
import { timelineItemSchema } from '../schemas.ts';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import type { FormValues } from '../views/admin-form-values.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { AdminTimelineFormPage, timelineFormValues } from '../views/admin-timeline-form-page.tsx';
import { AdminTimelineListPage } from '../views/admin-timeline-list-page.tsx';
import { isConfirmed, managedProcess, paramOf, postedValues, redirectWithFlash, submitForm } from './admin-form-support.ts';

const TIMELINE = `/admin/processes/:processId/timeline`;

async function managedItem(context: AppContext, request: FastifyRequest) {
  const process = await managedProcess(context, request);
  const item = found(await findTimelineItemForAdmin(context.db, request.organisation.id, process.id, paramOf(request, 'itemId')));
  return { process, item };
}

/** Renders the item form with the phases and bodies to choose from. */
async function renderForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  form: { process: Process; item?: AdminTimelineItem; values: FormValues; errors?: FieldErrors },
) {
  const phases = await listPhasesForAdmin(context.db, request.organisation.id, form.process.id);
  const bodies = await listBodiesForAdmin(context.db, request.organisation.id, form.process.id);
  const status = form.errors ? 422 : 200;
  return renderPage(context, request, reply, <AdminTimelineFormPage {...form} phases={phases} bodies={bodies} />, status);
}

function registerTimelineListRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', TIMELINE, async (request, reply) => {
    const process = await managedProcess(context, request);
    const organisationId = request.organisation.id;
    const items = await listTimelineForAdmin(context.db, organisationId, process.id);
    const phases = await listPhasesForAdmin(context.db, organisationId, process.id);
    const bodies = await listBodiesForAdmin(context.db, organisationId, process.id);
    return renderPage(context, request, reply, <AdminTimelineListPage process={process} items={items} phases={phases} bodies={bodies} />);
  });

  page(app, 'GET', `${TIMELINE}/new`, async (request, reply) => {
    const process = await managedProcess(context, request);
    return renderForm(context, request, reply, { process, values: { datePrecision: 'day', kind: 'meeting' } });
  });

  page(app, 'POST', `${TIMELINE}/new`, async (request, reply) => {
    const process = await managedProcess(context, request);
    const values = postedValues(request);
    const errors = await submitForm(timelineItemSchema, values, (input) =>
      createTimelineItem(context.db, request.identity.actor, process.id, input, context.clock.now()),
    );
    if (errors) return renderForm(context, request, reply, { process, values, errors });
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'timeline'), 'processes.admin.flash.timelineCreated');
  });
}

function registerTimelineEditRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${TIMELINE}/:itemId`, async (request, reply) => {
    const { process, item } = await managedItem(context, request);
    return renderForm(context, request, reply, { process, item, values: timelineFormValues(item) });
  });

  page(app, 'POST', `${TIMELINE}/:itemId`, async (request, reply) => {
    const { process, item } = await managedItem(context, request);
    const values = postedValues(request);
    const errors = await submitForm(timelineItemSchema, values, (input) =>
      updateTimelineItem(context.db, request.identity.actor, process.id, item.id, input, context.clock.now()),
    );
    if (errors) return renderForm(context, request, reply, { process, item, values, errors });
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'timeline'), 'processes.admin.flash.timelineSaved');
  });

  page(app, 'GET', `${TIMELINE}/:itemId/delete`, async (request, reply) => {
    const { process, item } = await managedItem(context, request);
    const messages = {
      title: 'processes.admin.timelineDelete.title',
      question: 'processes.admin.timelineDelete.question',
      consequence: 'processes.admin.timelineDelete.consequence',
      confirm: 'processes.admin.timelineDelete.confirm',
    };
    const path = processAdminPath(process.id, 'timeline', item.id);
    const confirm = (
      <AdminDeletePage
        process={process}
        name={item.title}
        messages={messages}
        action={`${path}/delete`}
        cancel={processAdminPath(process.id, 'timeline')}
      />
    );
    return renderPage(context, request, reply, confirm);
  });

  page(app, 'POST', `${TIMELINE}/:itemId/delete`, async (request, reply) => {
    const { process, item } = await managedItem(context, request);
    if (!isConfirmed(request))
      return reply.redirect(localizedPath(request.locale, `${processAdminPath(process.id, 'timeline', item.id)}/delete`), 303);
    await deleteTimelineItem(context.db, request.identity.actor, process.id, item.id, context.clock.now());
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'timeline'), 'processes.admin.flash.timelineDeleted');
  });
}

/** Admin pages of a process's timeline: list, add, edit (with audience bodies), delete. */
export function registerTimelineAdminRoutes(app: FastifyInstance, context: AppContext): void {
  registerTimelineListRoutes(app, context);
  registerTimelineEditRoutes(app, context);
}
