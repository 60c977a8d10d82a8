import type { FastifyInstance, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { localizedPath, page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { addMember } from '../commands/add-member.ts';
import { addSector } from '../commands/add-sector.ts';
import { removeMember } from '../commands/remove-member.ts';
import { removeSector } from '../commands/remove-sector.ts';
import { updateMember } from '../commands/update-member.ts';
import { memberSchema, sectorSchema } from '../schemas.ts';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { AdminMemberFormPage, memberFormValues } from '../views/admin-member-form-page.tsx';
import { processAdminPath } from '../views/admin-paths.ts';
import { AdminSectorFormPage } from '../views/admin-sector-form-page.tsx';
import { managedBody } from './admin-body-routes.tsx';
import { isConfirmed, paramOf, postedValues, redirectWithFlash, submitForm } from './admin-form-support.ts';

const BODY = `/admin/processes/:processId/bodies/:bodyId`;

async function managedMember(context: AppContext, request: FastifyRequest) {
  const { process, body } = await managedBody(context, request);
  const member = found(body.members.find((candidate) => candidate.id === paramOf(request, 'memberId')));
  return { process, body, member, ids: { processId: process.id, bodyId: body.id, memberId: member.id } };
}

function registerMemberRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${BODY}/members/new`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    return renderPage(context, request, reply, <AdminMemberFormPage process={process} body={body} values={{}} />);
  });

  page(app, 'POST', `${BODY}/members/new`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    const values = postedValues(request);
    const ids = { processId: process.id, bodyId: body.id };
    const errors = await submitForm(memberSchema, values, (input) =>
      addMember(context.db, request.identity.actor, ids, input, context.clock.now()),
    );
    if (errors)
      return renderPage(
        context,
        request,
        reply,
        <AdminMemberFormPage process={process} body={body} values={values} errors={errors} />,
        422,
      );
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'bodies', body.id), 'processes.admin.flash.memberAdded');
  });

  page(app, 'GET', `${BODY}/members/:memberId`, async (request, reply) => {
    const { process, body, member } = await managedMember(context, request);
    const form = <AdminMemberFormPage process={process} body={body} member={member} values={memberFormValues(member)} />;
    return renderPage(context, request, reply, form);
  });

  page(app, 'POST', `${BODY}/members/:memberId`, async (request, reply) => {
    const { process, body, member, ids } = await managedMember(context, request);
    const values = postedValues(request);
    const errors = await submitForm(memberSchema, values, (input) =>
      updateMember(context.db, request.identity.actor, ids, input, context.clock.now()),
    );
    if (errors) {
      const form = <AdminMemberFormPage process={process} body={body} member={member} values={values} errors={errors} />;
      return renderPage(context, request, reply, form, 422);
    }
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'bodies', body.id), 'processes.admin.flash.memberSaved');
  });
}

function registerMemberDeleteRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${BODY}/members/:memberId/delete`, async (request, reply) => {
    const { process, body, member } = await managedMember(context, request);
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

  page(app, 'POST', `${BODY}/members/:memberId/delete`, async (request, reply) => {
    const { process, body, ids } = await managedMember(context, request);
    const bodyPath = processAdminPath(process.id, 'bodies', body.id);
    if (!isConfirmed(request))
      return reply.redirect(localizedPath(request.locale, `${bodyPath}/members/${encodeURIComponent(ids.memberId)}/delete`), 303);
    await removeMember(context.db, request.identity.actor, ids, context.clock.now());
    return redirectWithFlash(request, reply, bodyPath, 'processes.admin.flash.memberRemoved');
  });
}

function registerSectorRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${BODY}/sectors/new`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    return renderPage(context, request, reply, <AdminSectorFormPage process={process} body={body} values={{}} />);
  });

  page(app, 'POST', `${BODY}/sectors/new`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    const values = postedValues(request);
    const ids = { processId: process.id, bodyId: body.id };
    const errors = await submitForm(sectorSchema, values, (input) =>
      addSector(context.db, request.identity.actor, ids, input, context.clock.now()),
    );
    if (errors)
      return renderPage(
        context,
        request,
        reply,
        <AdminSectorFormPage process={process} body={body} values={values} errors={errors} />,
        422,
      );
    return redirectWithFlash(request, reply, processAdminPath(process.id, 'bodies', body.id), 'processes.admin.flash.sectorAdded');
  });
}

function registerSectorDeleteRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', `${BODY}/sectors/:sectorId/delete`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    const sector = found(body.sectors.find((candidate) => candidate.id === paramOf(request, 'sectorId')));
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

  page(app, 'POST', `${BODY}/sectors/:sectorId/delete`, async (request, reply) => {
    const { process, body } = await managedBody(context, request);
    const sector = found(body.sectors.find((candidate) => candidate.id === paramOf(request, 'sectorId')));
    const bodyPath = processAdminPath(process.id, 'bodies', body.id);
    if (!isConfirmed(request))
      return reply.redirect(localizedPath(request.locale, `${bodyPath}/sectors/${encodeURIComponent(sector.id)}/delete`), 303);
    await removeSector(
      context.db,
      request.identity.actor,
      { processId: process.id, bodyId: body.id, sectorId: sector.id },
      context.clock.now(),
    );
    return redirectWithFlash(request, reply, bodyPath, 'processes.admin.flash.sectorRemoved');
  });
}

/** Admin pages of a body's members (add, edit, remove) and of a stakeholder panel's sectors (add, remove). */
export function registerMemberAdminRoutes(app: FastifyInstance, context: AppContext): void {
  registerMemberRoutes(app, context);
  registerMemberDeleteRoutes(app, context);
  registerSectorRoutes(app, context);
  registerSectorDeleteRoutes(app, context);
}
