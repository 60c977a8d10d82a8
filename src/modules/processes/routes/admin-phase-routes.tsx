import type { FastifyInstance, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { localizedPath, page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { createPhase } from '../commands/create-phase.ts';
import { deletePhase } from '../commands/delete-phase.ts';
import { movePhase } from '../commands/move-phase.ts';
import { updatePhase } from '../commands/update-phase.ts';
import { findPhaseForAdmin, listPhasesForAdmin } from '../queries/admin-phases.ts';
import { moveSchema, phaseSchema } from '../schemas.ts';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { processAdminPath } from '../views/admin-paths.ts';
import { AdminPhaseFormPage, phaseFormValues } from '../views/admin-phase-form-page.tsx';
import { AdminPhaseListPage } from '../views/admin-phase-list-page.tsx';
import { isConfirmed, managedProcess, paramOf, postedValues, redirectWithFlash, submitForm } from './admin-form-support.ts';

const PHASES = `/admin/processes/:processId/phases`;

async function managedPhase(context: AppContext, request: FastifyRequest) {
  const process = await managedProcess(context, request);
  const phase = found(await findPhaseForAdmin(context.db, request.organisation.id, process.id, paramOf(request, 'phaseId')));
  return { process, phase };
}

function registerPhaseListRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', PHASES, async (request, reply) => {
    const process = await managedProcess(context, request);
    const phases = await listPhasesForAdmin(context.db, request.organisation.id, process.id);
    return renderPage(context, request, reply, <AdminPhaseListPage process={process} phases={phases} />);
  });

  page(app, 'GET', `${PHASES}/new`, async (request, reply) => {
    const process = await managedProcess(context, request);
    return renderPage(context, request, reply, <AdminPhaseFormPage process={process} values={{}} />);
  });

  page(app, 'POST', `${PHASES}/new`, async (request, reply) => {
    const process = await managedProcess(context, request);
    const values = postedValues(request);
    const errors = await submitForm(phaseSchema, values, (input) =>
      createPhase(context.db, request.identity.actor, process.id, input, context.clock.now()),
    );
    if (errors) return renderPage(context, request, reply, <AdminPhaseFormPage process={process} values={values} errors={errors} />, 422);
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'phases'), 'processes.admin.flash.phaseCreated');
  });
}

function registerPhaseEditRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${PHASES}/:phaseId`, async (request, reply) => {
    const { process, phase } = await managedPhase(context, request);
    return renderPage(context, request, reply, <AdminPhaseFormPage process={process} phase={phase} values={phaseFormValues(phase)} />);
  });

  page(app, 'POST', `${PHASES}/:phaseId`, async (request, reply) => {
    const { process, phase } = await managedPhase(context, request);
    const values = postedValues(request);
    const errors = await submitForm(phaseSchema, values, (input) =>
      updatePhase(context.db, request.identity.actor, process.id, phase.id, input, context.clock.now()),
    );
    if (errors) {
      return renderPage(
        context,
        request,
        reply,
        <AdminPhaseFormPage process={process} phase={phase} values={values} errors={errors} />,
        422,
      );
    }
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'phases'), 'processes.admin.flash.phaseSaved');
  });

  page(app, 'POST', `${PHASES}/:phaseId/move`, async (request, reply) => {
    const { process, phase } = await managedPhase(context, request);
    const { direction } = parse(moveSchema, postedValues(request));
    await movePhase(context.db, request.identity.actor, process.id, phase.id, direction, context.clock.now());
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'phases'), 'processes.admin.flash.phaseMoved');
  });
}

function registerPhaseDeleteRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${PHASES}/:phaseId/delete`, async (request, reply) => {
    const { process, phase } = await managedPhase(context, request);
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

  page(app, 'POST', `${PHASES}/:phaseId/delete`, async (request, reply) => {
    const { process, phase } = await managedPhase(context, request);
    if (!isConfirmed(request))
      return reply.redirect(localizedPath(request.locale, processAdminPath(process.id, 'phases', phase.id, 'delete')), 303);
    await deletePhase(context.db, request.identity.actor, process.id, phase.id, context.clock.now());
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'phases'), 'processes.admin.flash.phaseDeleted');
  });
}

/** Admin pages of a process's phases: list, add, edit, move up/down, delete. */
export function registerPhaseAdminRoutes(app: FastifyInstance, context: AppContext): void {
  registerPhaseListRoutes(app, context);
  registerPhaseEditRoutes(app, context);
  registerPhaseDeleteRoutes(app, context);
}
