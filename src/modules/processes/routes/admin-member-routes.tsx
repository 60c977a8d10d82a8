import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { adminPageCall, loadManagedBody, loadManagedMember, loadManagedSector } from '../loaders.ts';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { AdminMemberFormPage, memberFormValues } from '../views/admin-member-form-page.tsx';
import { processAdminPath } from '../views/admin-paths.ts';
import { AdminSectorFormPage } from '../views/admin-sector-form-page.tsx';

const BODY = `/admin/processes/:processId/bodies/:bodyId`;

function registerMemberPages(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${BODY}/members/new`, async (request, reply) => {
    const { process, body } = await loadManagedBody(adminPageCall(context, request));
    return renderPage(context, request, reply, <AdminMemberFormPage process={process} body={body} values={{}} />);
  });

  page(app, 'GET', `${BODY}/members/:memberId`, async (request, reply) => {
    const { process, body, member } = await loadManagedMember(adminPageCall(context, request));
    const form = <AdminMemberFormPage process={process} body={body} member={member} values={memberFormValues(member)} />;
    return renderPage(context, request, reply, form);
  });

  page(app, 'GET', `${BODY}/members/:memberId/delete`, async (request, reply) => {
    const { process, body, member } = await loadManagedMember(adminPageCall(context, request));
    const messages = {
      title: 'processes.admin.memberDelete.title',
      question: 'processes.admin.memberDelete.question',
      consequence: 'processes.admin.memberDelete.consequence',
      confirm: 'processes.admin.memberDelete.confirm',
    };
    const bodyPath = processAdminPath(process.id, 'bodies', body.id);
    const action = `${bodyPath}/members/${encodeURIComponent(member.id)}/delete`;
    const confirm = <AdminDeletePage process={process} name={member.positionTitle} messages={messages} action={action} cancel={bodyPath} />;
    return renderPage(context, request, reply, confirm);
  });
}

function registerSectorPages(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${BODY}/sectors/new`, async (request, reply) => {
    const { process, body } = await loadManagedBody(adminPageCall(context, request));
    return renderPage(context, request, reply, <AdminSectorFormPage process={process} body={body} values={{}} />);
  });

  page(app, 'GET', `${BODY}/sectors/:sectorId/delete`, async (request, reply) => {
    const { process, body, sector } = await loadManagedSector(adminPageCall(context, request));
    const messages = {
      title: 'processes.admin.sectorDelete.title',
      question: 'processes.admin.sectorDelete.question',
      consequence: 'processes.admin.sectorDelete.consequence',
      confirm: 'processes.admin.sectorDelete.confirm',
    };
    const bodyPath = processAdminPath(process.id, 'bodies', body.id);
    const action = `${bodyPath}/sectors/${encodeURIComponent(sector.id)}/delete`;
    return renderPage(
      context,
      request,
      reply,
      <AdminDeletePage process={process} name={sector.name} messages={messages} action={action} cancel={bodyPath} />,
    );
  });
}

/** Admin pages of a body's members (add, edit, remove) and of a stakeholder panel's sectors (add, remove); the posts are actions. */
export function registerMemberAdminRoutes(app: FastifyInstance, context: AppContext): void {
  registerMemberPages(app, context);
  registerSectorPages(app, context);
}
