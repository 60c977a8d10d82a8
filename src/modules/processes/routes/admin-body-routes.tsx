import type { FastifyInstance, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { localizedPath, page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { createBody } from '../commands/create-body.ts';
import { deleteBody } from '../commands/delete-body.ts';
import { updateBody } from '../commands/update-body.ts';
import { findBodyForAdmin, listBodiesForAdmin } from '../queries/admin-bodies.ts';
import { bodySchema } from '../schemas.ts';
import { AdminBodyFormPage, bodyFormValues } from '../views/admin-body-form-page.tsx';
import { AdminBodyListPage } from '../views/admin-body-list-page.tsx';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { processAdminPath } from '../views/admin-paths.ts';
import { isConfirmed, managedProcess, paramOf, postedValues, redirectWithFlash, submitForm } from './admin-form-support.ts';

const BODIES = `/admin/processes/:processId/bodies`;

/** The body named by the `bodyId` parameter, within a process the actor manages (404 otherwise). */
export async function managedBody(context: AppContext, request: FastifyRequest) {
  const process = await managedProcess(context, request);
  const body = found(await findBodyForAdmin(context.db, request.organisation.id, process.id, paramOf(request, 'bodyId')));
  return { process, body };
}

function registerBodyListRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', BODIES, async (request, reply) => {
    const process = await managedProcess(context, request);
    const bodies = await listBodiesForAdmin(context.db, request.organisation.id, process.id);
    return renderPage(context, request, reply, <AdminBodyListPage process={process} bodies={bodies} />);
  });

  page(app, 'GET', `${BODIES}/new`, async (request, reply) => {
    const process = await managedProcess(context, request);
    const bodies = await listBodiesForAdmin(context.db, request.organisation.id, process.id);
    return renderPage(context, request, reply, <AdminBodyFormPage process={process} bodies={bodies} values={{ kind: 'other' }} />);
  });

  page(app, 'POST', `${BODIES}/new`, async (request, reply) => {
    const process = await managedProcess(context, request);
    const values = postedValues(request);
    let id = '';
    const errors = await submitForm(bodySchema, values, async (input) => {
      id = await createBody(context.db, request.identity.actor, process.id, input, context.clock.now());
    });
    if (errors) {
      const bodies = await listBodiesForAdmin(context.db, request.organisation.id, process.id);
      return renderPage(
        context,
        request,
        reply,
        <AdminBodyFormPage process={process} bodies={bodies} values={values} errors={errors} />,
        422,
      );
    }
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'bodies', id), 'processes.admin.flash.bodyCreated');
  });
}

function registerBodyEditRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${BODIES}/:bodyId`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    const bodies = await listBodiesForAdmin(context.db, request.organisation.id, process.id);
    const form = <AdminBodyFormPage process={process} body={body} bodies={bodies} values={bodyFormValues(body)} />;
    return renderPage(context, request, reply, form);
  });

  page(app, 'POST', `${BODIES}/:bodyId`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    const values = postedValues(request);
    const errors = await submitForm(bodySchema, values, (input) =>
      updateBody(context.db, request.identity.actor, process.id, body.id, input, context.clock.now()),
    );
    if (errors) {
      const bodies = await listBodiesForAdmin(context.db, request.organisation.id, process.id);
      const form = <AdminBodyFormPage process={process} body={body} bodies={bodies} values={values} errors={errors} />;
      return renderPage(context, request, reply, form, 422);
    }
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'bodies', body.id), 'processes.admin.flash.bodySaved');
  });
}

function registerBodyDeleteRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${BODIES}/:bodyId/delete`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    const messages = {
      title: 'processes.admin.bodyDelete.title',
      question: 'processes.admin.bodyDelete.question',
      consequence: 'processes.admin.bodyDelete.consequence',
      confirm: 'processes.admin.bodyDelete.confirm',
    };
    const path = processAdminPath(process.id, 'bodies', body.id);
    const confirm = (
      <AdminDeletePage
        process={process}
        name={body.name}
        messages={messages}
        action={`${path}/delete`}
        cancel={processAdminPath(process.id, 'bodies')}
      />
    );
    return renderPage(context, request, reply, confirm);
  });

  page(app, 'POST', `${BODIES}/:bodyId/delete`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    const path = processAdminPath(process.id, 'bodies', body.id);
    if (!isConfirmed(request)) return reply.redirect(localizedPath(request.locale, `${path}/delete`), 303);
    await deleteBody(context.db, request.identity.actor, process.id, body.id, context.clock.now());
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'bodies'), 'processes.admin.flash.bodyDeleted');
  });
}

/** Admin pages of a process's bodies: list, add, edit (with members and sectors), delete. */
export function registerBodyAdminRoutes(app: FastifyInstance, context: AppContext): void {
  registerBodyListRoutes(app, context);
  registerBodyEditRoutes(app, context);
  registerBodyDeleteRoutes(app, context);
}
