import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listProcessOptions, type ProcessOption } from '../../processes/index.ts';
import { listSetupOptions } from '../queries/list-setup-options.ts';
import type { WorkshopFormValues } from './workshop-form.tsx';
import { WorkshopFormPage } from './workshop-form-page.tsx';

/** The processes the actor may start workshops in. */
export async function creatableProcesses(context: AppContext, request: FastifyRequest): Promise<ProcessOption[]> {
  const processes = await listProcessOptions(context.db, request.organisation.id);
  return processes.filter((process) => context.authorizer.can(request.identity.actor, 'workshops.workshop.create', process));
}

/** What the set-up or settings form shows. */
export interface WorkshopFormState {
  workshopId: string | null;
  process: ProcessOption | { id: string; slug: string };
  processes: ProcessOption[];
  template: string;
  values: WorkshopFormValues;
  errors?: FieldErrors | undefined;
}

/** The set-up form of a new workshop, or the settings of a saved one, with the process's events, bodies and units to choose. */
export async function renderWorkshopForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  form: WorkshopFormState,
  status = 200,
) {
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
