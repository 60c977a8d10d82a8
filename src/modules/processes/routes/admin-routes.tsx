import type { FastifyInstance, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { localizedPath, page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { createProcess } from '../commands/create-process.ts';
import { deleteProcess } from '../commands/delete-process.ts';
import { setProcessVisibility } from '../commands/set-process-visibility.ts';
import { updateProcess } from '../commands/update-process.ts';
import { listProcessesForAdmin } from '../queries/admin-list-processes.ts';
import { findProcessById } from '../queries/find-process.ts';
import { processSchema, visibilityFormSchema } from '../schemas.ts';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { PROCESSES_ADMIN_PATH, processAdminPath } from '../views/admin-paths.ts';
import { AdminProcessEditPage } from '../views/admin-process-edit-page.tsx';
import { processFormValues } from '../views/admin-process-fields.tsx';
import { AdminProcessListPage } from '../views/admin-process-list-page.tsx';
import { AdminProcessNewPage } from '../views/admin-process-new-page.tsx';
import { registerBodyAdminRoutes } from './admin-body-routes.tsx';
import { isConfirmed, managedProcess, paramOf, postedValues, redirectWithFlash, submitForm } from './admin-form-support.ts';
import { registerMemberAdminRoutes } from './admin-member-routes.tsx';
import { registerPhaseAdminRoutes } from './admin-phase-routes.tsx';
import { registerTimelineAdminRoutes } from './admin-timeline-routes.tsx';

function registerProcessListRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', PROCESSES_ADMIN_PATH, async (request, reply) => {
    authorize(context.authorizer, request, 'processes.admin.list');
    const all = await listProcessesForAdmin(context.db, request.organisation.id);
    const processes = all.filter((process) => context.authorizer.can(request.identity.actor, 'processes.process.update', process));
    return renderPage(context, request, reply, <AdminProcessListPage processes={processes} />);
  });

  page(app, 'GET', `${PROCESSES_ADMIN_PATH}/new`, async (request, reply) => {
    authorize(context.authorizer, request, 'processes.process.create');
    return renderPage(context, request, reply, <AdminProcessNewPage values={{}} />);
  });

  page(app, 'POST', `${PROCESSES_ADMIN_PATH}/new`, async (request, reply) => {
    authorize(context.authorizer, request, 'processes.process.create');
    const values = postedValues(request);
    let id = '';
    const errors = await submitForm(processSchema, values, async (input) => {
      id = await createProcess(context.db, request.identity.actor, input, context.clock.now());
    });
    if (errors) return renderPage(context, request, reply, <AdminProcessNewPage values={values} errors={errors} />, 422);
    return redirectWithFlash(request, reply, processAdminPath(id), 'processes.admin.flash.processCreated');
  });
}

function registerProcessEditRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${PROCESSES_ADMIN_PATH}/:processId`, async (request, reply) => {
    const process = await managedProcess(context, request);
    return renderPage(context, request, reply, <AdminProcessEditPage process={process} values={processFormValues(process)} />);
  });

  page(app, 'POST', `${PROCESSES_ADMIN_PATH}/:processId`, async (request, reply) => {
    const process = await managedProcess(context, request);
    const values = postedValues(request);
    const errors = await submitForm(processSchema, values, (input) =>
      updateProcess(context.db, request.identity.actor, process.id, input, context.clock.now()),
    );
    if (errors) return renderPage(context, request, reply, <AdminProcessEditPage process={process} values={values} errors={errors} />, 422);
    return redirectWithFlash(request, reply, processAdminPath(process.id), 'processes.admin.flash.processSaved');
  });

  page(app, 'POST', `${PROCESSES_ADMIN_PATH}/:processId/visibility`, async (request, reply) => {
    const process = await managedProcess(context, request);
    const errors = await submitForm(visibilityFormSchema, postedValues(request), (input) =>
      setProcessVisibility(context.db, request.identity.actor, process.id, input.visibility, context.clock.now()),
    );
    if (errors) {
      const page = <AdminProcessEditPage process={process} values={processFormValues(process)} errors={errors} />;
      return renderPage(context, request, reply, page, 422);
    }
    return redirectWithFlash(request, reply, processAdminPath(process.id), 'processes.admin.flash.visibilitySaved');
  });
}

function registerProcessDeleteRoutes(app: FastifyInstance, context: AppContext): void {
  const deletable = async (request: FastifyRequest) => {
    authorize(context.authorizer, request, 'processes.admin.list');
    const process = found(await findProcessById(context.db, request.organisation.id, paramOf(request, 'processId')));
    authorize(context.authorizer, request, 'processes.process.delete', process);
    return process;
  };

  page(app, 'GET', `${PROCESSES_ADMIN_PATH}/:processId/delete`, async (request, reply) => {
    const process = await deletable(request);
    const messages = {
      title: 'processes.admin.delete.title',
      question: 'processes.admin.delete.question',
      consequence: 'processes.admin.delete.consequence',
      confirm: 'processes.admin.delete.confirm',
    };
    const path = processAdminPath(process.id);
    const confirm = <AdminDeletePage process={process} name={process.title} messages={messages} action={`${path}/delete`} cancel={path} />;
    return renderPage(context, request, reply, confirm);
  });

  page(app, 'POST', `${PROCESSES_ADMIN_PATH}/:processId/delete`, async (request, reply) => {
    const process = await deletable(request);
    if (!isConfirmed(request)) return reply.redirect(localizedPath(request.locale, processAdminPath(process.id, 'delete')), 303);
    await deleteProcess(context.db, request.identity.actor, process.id, context.clock.now());
    return redirectWithFlash(request, reply, PROCESSES_ADMIN_PATH, 'processes.admin.flash.processDeleted');
  });
}

/** The process admin: processes, their phases, bodies with members and sectors, and timeline. */
export function registerProcessAdminRoutes(app: FastifyInstance, context: AppContext): void {
  registerProcessListRoutes(app, context);
  registerProcessEditRoutes(app, context);
  registerProcessDeleteRoutes(app, context);
  registerPhaseAdminRoutes(app, context);
  registerBodyAdminRoutes(app, context);
  registerMemberAdminRoutes(app, context);
  registerTimelineAdminRoutes(app, context);
}
