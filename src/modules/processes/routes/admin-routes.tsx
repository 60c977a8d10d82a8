import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { adminPageCall, loadManagedProcess } from '../loaders.ts';
import { listProcessesForAdmin } from '../queries/admin-list-processes.ts';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { PROCESSES_ADMIN_PATH, processAdminPath } from '../views/admin-paths.ts';
import { AdminProcessEditPage } from '../views/admin-process-edit-page.tsx';
import { processFormValues } from '../views/admin-process-fields.tsx';
import { AdminProcessListPage } from '../views/admin-process-list-page.tsx';
import { AdminProcessNewPage } from '../views/admin-process-new-page.tsx';
import { registerBodyAdminRoutes } from './admin-body-routes.tsx';
import { registerMemberAdminRoutes } from './admin-member-routes.tsx';
import { registerPhaseAdminRoutes } from './admin-phase-routes.tsx';
import { registerTimelineAdminRoutes } from './admin-timeline-routes.tsx';

function registerProcessPages(app: FastifyInstance, context: AppContext): void {
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

  page(app, 'GET', `${PROCESSES_ADMIN_PATH}/:processId`, async (request, reply) => {
    const process = await loadManagedProcess(adminPageCall(context, request));
    return renderPage(context, request, reply, <AdminProcessEditPage process={process} values={processFormValues(process)} />);
  });

  page(app, 'GET', `${PROCESSES_ADMIN_PATH}/:processId/delete`, async (request, reply) => {
    const process = await loadManagedProcess(adminPageCall(context, request), 'processes.process.delete');
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
}

/** The process admin's pages (its form posts are the module's actions): processes, phases, bodies with members and sectors, timeline. */
export function registerProcessAdminRoutes(app: FastifyInstance, context: AppContext): void {
  registerProcessPages(app, context);
  registerPhaseAdminRoutes(app, context);
  registerBodyAdminRoutes(app, context);
  registerMemberAdminRoutes(app, context);
  registerTimelineAdminRoutes(app, context);
}
