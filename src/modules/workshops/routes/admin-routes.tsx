import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadRoom } from '../access.ts';
import { listAllWorkshops } from '../queries/list-workshops.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { idParamsSchema } from '../schemas.ts';
import { findTemplate } from '../templates.ts';
import { AdminListPage } from '../views/admin-list-page.tsx';
import { creatableProcesses, renderWorkshopForm } from '../views/workshop-form-render.tsx';
import { savedValues, templateValues } from '../workshop-form.ts';

/** The facilitator's list, the template library, and the set-up and settings pages; their posts are the module's actions. */
export function registerAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/workshops', async (request, reply) => {
    authorize(context.authorizer, request, 'workshops.admin.list');
    const all = await listAllWorkshops(context.db, request.organisation.id);
    const mine = all.filter(({ workshop }) => context.authorizer.can(request.identity.actor, 'workshops.workshop.facilitate', workshop));
    const shown = mine.map((entry) => ({ ...entry, processTitle: localize(JSON.parse(entry.processTitle), request.locale) }));
    return renderPage(context, request, reply, <AdminListPage workshops={shown} />);
  });

  page(app, 'GET', '/admin/workshops/new', async (request, reply) => {
    authorize(context.authorizer, request, 'workshops.admin.list');
    const query = parse(z.object({ template: z.string().max(60).optional(), process: z.string().max(200).optional() }), request.query);
    const processes = await creatableProcesses(context, request);
    const process = processes.find((option) => option.slug === query.process) ?? processes[0];
    if (!process) throw forbidden();
    const template = findTemplate(query.template);
    return renderWorkshopForm(context, request, reply, {
      workshopId: null,
      process,
      processes,
      template: template?.key ?? '',
      values: templateValues(template),
    });
  });

  page(app, 'GET', '/admin/workshops/:id/edit', async (request, reply) => {
    const room = await loadRoom(context, request, parse(idParamsSchema, request.params).id);
    authorize(context.authorizer, request, 'workshops.workshop.facilitate', room.workshop);
    const state = found(await loadWorkshopState(context.db, room.workshop.organisationId, room.workshop.id));
    const form = {
      workshopId: room.workshop.id,
      process: room.process,
      processes: [],
      template: room.workshop.template,
      values: savedValues(state),
    };
    return renderWorkshopForm(context, request, reply, form);
  });
}
