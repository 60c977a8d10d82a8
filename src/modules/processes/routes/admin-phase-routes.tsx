import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { adminPageCall, loadManagedPhase, loadManagedProcess } from '../loaders.ts';
import { listPhasesForAdmin } from '../queries/admin-phases.ts';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { processAdminPath } from '../views/admin-paths.ts';
import { AdminPhaseFormPage, phaseFormValues } from '../views/admin-phase-form-page.tsx';
import { AdminPhaseListPage } from '../views/admin-phase-list-page.tsx';

const PHASES = `/admin/processes/:processId/phases`;

/** Admin pages of a process's phases: list, add, edit, delete (the posts are the phase actions). */
export function registerPhaseAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', PHASES, async (request, reply) => {
    const process = await loadManagedProcess(adminPageCall(context, request));
    const phases = await listPhasesForAdmin(context.db, request.organisation.id, process.id);
    return renderPage(context, request, reply, <AdminPhaseListPage process={process} phases={phases} />);
  });

  page(app, 'GET', `${PHASES}/new`, async (request, reply) => {
    const process = await loadManagedProcess(adminPageCall(context, request));
    return renderPage(context, request, reply, <AdminPhaseFormPage process={process} values={{}} />);
  });

  page(app, 'GET', `${PHASES}/:phaseId`, async (request, reply) => {
    const { process, phase } = await loadManagedPhase(adminPageCall(context, request));
    return renderPage(context, request, reply, <AdminPhaseFormPage process={process} phase={phase} values={phaseFormValues(phase)} />);
  });

  page(app, 'GET', `${PHASES}/:phaseId/delete`, async (request, reply) => {
    const { process, phase } = await loadManagedPhase(adminPageCall(context, request));
    const messages = {
      title: 'processes.admin.phaseDelete.title',
      question: 'processes.admin.phaseDelete.question',
      consequence: 'processes.admin.phaseDelete.consequence',
      confirm: 'processes.admin.phaseDelete.confirm',
    };
    const path = processAdminPath(process.id, 'phases', phase.id);
    const confirm = (
      <AdminDeletePage
        process={process}
        name={phase.title}
        messages={messages}
        action={`${path}/delete`}
        cancel={processAdminPath(process.id, 'phases')}
      />
    );
    return renderPage(context, request, reply, confirm);
  });
}
