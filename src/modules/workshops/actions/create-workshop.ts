import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { loadVisibleProcess, type ProcessOption } from '../../processes/index.ts';
import { createWorkshop } from '../commands/create-workshop.ts';
import { workshopDetailResponseSchema } from '../presenters.ts';
import { type WorkshopSettings, workshopSettingsSchema } from '../schemas.ts';
import { findTemplate } from '../templates.ts';
import { creatableProcesses, renderWorkshopForm } from '../views/workshop-form-render.tsx';
import { workshopDetailOf } from '../workshop-detail.ts';
import { formInput, formValuesOf } from '../workshop-form.ts';

/** A new workshop's settings, the template it starts from, and on the page the process chosen in the form. */
type CreateInput = WorkshopSettings & { template: string; processSlug?: string | undefined };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The set-up form: the ticked bodies or units become the audience; an unknown template starts from none. */
const setupFormSchema = z.preprocess(
  (value) => formInput((value ?? {}) as Record<string, unknown>),
  z.intersection(
    workshopSettingsSchema,
    z.object({
      processSlug: z.unknown().transform(text),
      template: z.unknown().transform((value) => findTemplate(text(value))?.key ?? ''),
    }),
  ),
);

/** Where a workshop may be set up: the process the API's path names, or those the page's form offers. */
interface SetupPlace {
  process: { id: string } | null;
  processes: ProcessOption[];
}

/** Sets up a workshop or seminar with its prompts and groups. */
export const createWorkshopAction = defineAction({
  name: 'workshops.workshop.create',
  summary: 'Sets up a workshop or seminar with its prompts and groups; answers it with its join code',
  tag: 'workshops',
  load: async ({ context, request, params, surface }): Promise<SetupPlace> => {
    if (surface === 'api') {
      const process = await loadVisibleProcess(context, request.identity.actor, (params as unknown as { slug: string }).slug);
      authorize(context.authorizer, request, 'workshops.workshop.create', process);
      return { process, processes: [] };
    }
    authorize(context.authorizer, request, 'workshops.admin.list');
    const processes = await creatableProcesses(context, request);
    if (processes.length === 0) throw forbidden();
    return { process: null, processes };
  },
  run: async ({ context, actor, subject, input, now }) => {
    const { processSlug, ...settings } = input;
    // A process that is not among the choices is refused at its field, never swapped for the first one.
    const process = subject.process ?? subject.processes.find((option) => option.slug === processSlug);
    if (!process) throw refuse.invalid({ processSlug: { key: 'platform.validation.choice' } });
    return createWorkshop(context.db, actor, process.id, settings, now);
  },
  // Nobody is in a new workshop's room yet.
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'POST',
    url: '/processes/:slug/workshops',
    params: z.object({ slug: z.string().max(200) }),
    body: workshopSettingsSchema.and(z.object({ template: z.string().max(60).default('') })),
    toInput: ({ input }) => input as CreateInput,
    status: 201,
    response: workshopDetailResponseSchema,
    present: ({ context, request }, id) => workshopDetailOf(context, request, id),
    access: 'signed-in',
    errors: [409],
  },
  page: {
    url: '/admin/workshops/new',
    input: setupFormSchema as z.ZodType<CreateInput>,
    form: ({ context, request, subject }, reply, state, status) => {
      const processes = subject.processes;
      const process = processes.find((option) => option.slug === state.values.processSlug) ?? processes[0];
      if (!process) throw forbidden();
      const template = findTemplate(text(state.values.template))?.key ?? '';
      const form = { workshopId: null, process, processes, template, values: formValuesOf(state.values), errors: state.errors };
      return renderWorkshopForm(context, request, reply, form, status);
    },
    done: ({ input }, id) => ({
      to: `/admin/workshops/${id}`,
      flash: input.kind === 'seminar' ? 'workshops.admin.createdSeminar' : 'workshops.admin.created',
    }),
  },
});
