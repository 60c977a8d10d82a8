import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { adminPageCall, loadManagedBody, loadManagedProcess } from '../loaders.ts';
import { listBodiesWithPeople } from '../queries/admin-bodies.ts';
import { AdminBodyFormPage, bodyFormValues } from '../views/admin-body-form-page.tsx';
import { AdminBodyListPage } from '../views/admin-body-list-page.tsx';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { processAdminPath } from '../views/admin-paths.ts';

const BODIES = `/admin/processes/:processId/bodies`;

/** Admin pages of a process's bodies: list, add, edit (with members and sectors), delete (the posts are the body actions). */
export function registerBodyAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', BODIES, async (request, reply) => {
    const process = await loadManagedProcess(adminPageCall(context, request));
    const bodies = await listBodiesWithPeople(context, request.organisation.id, process.id);
    return renderPage(context, request, reply, <AdminBodyListPage process={process} bodies={bodies} />);
  });

  page(app, 'GET', `${BODIES}/new`, async (request, reply) => {
    const process = await loadManagedProcess(adminPageCall(context, request));
    const bodies = await listBodiesWithPeople(context, request.organisation.id, process.id);
    return renderPage(context, request, reply, <AdminBodyFormPage process={process} bodies={bodies} values={{ kind: 'other' }} />);
  });

  page(app, 'GET', `${BODIES}/:bodyId`, async (request, reply) => {
    const { process, body } = await loadManagedBody(adminPageCall(context, request));
    const bodies = await listBodiesWithPeople(context, request.organisation.id, process.id);
    const form = <AdminBodyFormPage process={process} body={body} bodies={bodies} values={bodyFormValues(body)} />;
    return renderPage(context, request, reply, form);
  });

  page(app, 'GET', `${BODIES}/:bodyId/delete`, async (request, reply) => {
    const { process, body } = await loadManagedBody(adminPageCall(context, request));
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
}
