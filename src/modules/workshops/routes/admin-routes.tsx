import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { type FieldErrors, forbidden, HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, parse, unflattenForm } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { listProcessOptions, type ProcessOption } from '../../processes/index.ts';
import { createWorkshop } from '../commands/create-workshop.ts';
import { updateWorkshop } from '../commands/update-workshop.ts';
import type { WorkshopLive } from '../live/workshop-live.ts';
import { listSetupOptions } from '../queries/list-setup-options.ts';
import { listAllWorkshops } from '../queries/list-workshops.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { idParamsSchema, workshopSettingsSchema } from '../schemas.ts';
import { findTemplate } from '../templates.ts';
import { AdminListPage } from '../views/admin-list-page.tsx';
import type { WorkshopFormValues } from '../views/workshop-form.tsx';
import { WorkshopFormPage } from '../views/workshop-form-page.tsx';
import { loadRoom } from './access.ts';
import { formInput, formValuesOf, savedValues, templateValues } from './workshop-form.ts';

type Body = Record<string, string | string[]>;

/** The processes the actor may start workshops in. */
async function creatableProcesses(context: AppContext, request: FastifyRequest): Promise<ProcessOption[]> {
  const processes = await listProcessOptions(context.db, request.organisation.id);
  return processes.filter((process) => context.authorizer.can(request.identity.actor, 'workshops.workshop.create', process));
}

interface FormState {
  workshopId: string | null;
  process: ProcessOption | { id: string; slug: string };
  processes: ProcessOption[];
  template: string;
  values: WorkshopFormValues;
  errors?: FieldErrors | undefined;
}

async function renderForm(context: AppContext, request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
  const options = await listSetupOptions(context.db, request.organisation.id, form.process.id);
  const label = (option: { value: string; label: { fi: string } }) => ({
    value: option.value,
    label: localize(option.label, request.locale),
  });
  // A new workshop's process is chosen on the form: each process's events and bodies are offered in its own group.
  const grouped = form.workshopId === null && form.processes.length > 1 ? form.processes : [];
  const processes = await Promise.all(
    grouped.map(async (process) => {
      const own = await listSetupOptions(context.db, request.organisation.id, process.id);
      return {
        key: process.slug,
        label: localize(process.title, request.locale),
        events: own.events.map(label),
        bodies: own.bodies.map(label),
      };
    }),
  );
  return renderPage(
    context,
    request,
    reply,
    <WorkshopFormPage
      workshopId={form.workshopId}
      processes={form.processes.map((process) => ({ value: process.slug, label: localize(process.title, request.locale) }))}
      processSlug={form.process.slug}
      template={form.template}
      values={form.values}
      options={{ events: options.events.map(label), bodies: options.bodies.map(label), units: options.units.map(label), processes }}
      errors={form.errors}
    />,
    status,
  );
}

/** Saves with `save`; a 4xx with field errors (or a conflict) shows the form again with what was sent. */
async function refusalOf(save: () => Promise<unknown>): Promise<{ errors: FieldErrors; status: number } | null> {
  try {
    await save();
    return null;
  } catch (error) {
    if (!(error instanceof HttpError) || error.status >= 500 || error.status === 404 || error.status === 403) throw error;
    const errors = Object.keys(error.fieldErrors).length > 0 ? error.fieldErrors : { _: { key: error.messageKey, values: error.values } };
    return { errors, status: error.status };
  }
}

/** The facilitator's list, the template library, and the set-up and settings pages. */
export function registerAdminRoutes(app: FastifyInstance, context: AppContext, live: WorkshopLive): void {
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
    return renderForm(context, request, reply, {
      workshopId: null,
      process,
      processes,
      template: template?.key ?? '',
      values: templateValues(template),
    });
  });

  page(app, 'POST', '/admin/workshops/new', async (request, reply) => {
    authorize(context.authorizer, request, 'workshops.admin.list');
    const fields = unflattenForm((request.body ?? {}) as Body);
    const processes = await creatableProcesses(context, request);
    const chosen = processes.find((option) => option.slug === fields.processSlug);
    const process = chosen ?? processes[0];
    if (!process) throw forbidden();
    const template = findTemplate(typeof fields.template === 'string' ? fields.template : undefined)?.key ?? '';
    const values = formValuesOf(fields);
    // A process that is not among the choices is refused at its field, never swapped for the first one.
    const checked = chosen
      ? check(workshopSettingsSchema, formInput(fields))
      : ({ ok: false, errors: { processSlug: { key: 'platform.validation.choice' } } } as const);
    let id = '';
    const refusal = checked.ok
      ? await refusalOf(async () => {
          id = await createWorkshop(context.db, request.identity.actor, process.id, { ...checked.data, template }, context.clock.now());
        })
      : { errors: checked.errors, status: 422 };
    if (refusal)
      return renderForm(
        context,
        request,
        reply,
        { workshopId: null, process, processes, template, values, errors: refusal.errors },
        refusal.status,
      );
    setFlash(reply, checked.ok && checked.data.kind === 'seminar' ? 'workshops.admin.createdSeminar' : 'workshops.admin.created');
    return reply.redirect(`/${request.locale}/admin/workshops/${id}`, 303);
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
    return renderForm(context, request, reply, form);
  });

  page(app, 'POST', '/admin/workshops/:id/edit', async (request, reply) => {
    const room = await loadRoom(context, request, parse(idParamsSchema, request.params).id);
    authorize(context.authorizer, request, 'workshops.workshop.facilitate', room.workshop);
    const fields = unflattenForm((request.body ?? {}) as Body);
    const values = formValuesOf(fields);
    const checked = check(workshopSettingsSchema, formInput(fields));
    const refusal = checked.ok
      ? await refusalOf(() => updateWorkshop(context.db, request.identity.actor, room.workshop.id, checked.data, context.clock.now()))
      : { errors: checked.errors, status: 422 };
    if (refusal) {
      const form = {
        workshopId: room.workshop.id,
        process: room.process,
        processes: [],
        template: room.workshop.template,
        values,
        errors: refusal.errors,
      };
      return renderForm(context, request, reply, form, refusal.status);
    }
    await live.changed(room.workshop);
    setFlash(reply, 'workshops.admin.saved');
    return reply.redirect(`/${request.locale}/admin/workshops/${room.workshop.id}`, 303);
  });
}
