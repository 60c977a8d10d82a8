import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { updateWorkshop } from '../commands/update-workshop.ts';
import { roomChanged } from '../live/live-registry.ts';
import { loadFacilitatedRoom } from '../loaders.ts';
import { workshopDetailResponseSchema } from '../presenters.ts';
import { idParamsSchema, type WorkshopSettings, workshopSettingsSchema } from '../schemas.ts';
import { renderWorkshopForm } from '../views/workshop-form-render.tsx';
import { workshopDetailOf } from '../workshop-detail.ts';
import { formInput, formValuesOf } from '../workshop-form.ts';

/** The settings form: the ticked bodies or units become the audience. */
const settingsFormSchema = z.preprocess(
  (value) => formInput((value ?? {}) as Record<string, unknown>),
  workshopSettingsSchema,
) as z.ZodType<WorkshopSettings>;

/** Changes a workshop's settings, prompts (kept by their ids) and groups; the live room follows. */
export const updateWorkshopAction = defineAction({
  name: 'workshops.workshop.update',
  summary: 'Changes a workshop’s settings, prompts (with their ids to keep them) and groups',
  tag: 'workshops',
  params: idParamsSchema,
  input: workshopSettingsSchema,
  load: ({ context, request, params }) => loadFacilitatedRoom(context, request, params.id),
  run: ({ context, actor, subject, input, now }) => updateWorkshop(context.db, actor, subject.workshop.id, input, now),
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [invalidatePages, roomChanged],
  api: {
    method: 'PUT',
    url: '/workshops/:id',
    response: workshopDetailResponseSchema,
    present: ({ context, request, subject }) => workshopDetailOf(context, request, subject.workshop.id),
    access: 'signed-in',
    errors: [409],
  },
  page: {
    url: '/admin/workshops/:id/edit',
    input: settingsFormSchema,
    form: ({ context, request, subject }, reply, state, status) => {
      const form = {
        workshopId: subject.workshop.id,
        process: subject.room.process,
        processes: [],
        template: subject.workshop.template,
        values: formValuesOf(state.values),
        errors: state.errors,
      };
      return renderWorkshopForm(context, request, reply, form, status);
    },
    done: ({ subject }) => ({ to: `/admin/workshops/${subject.workshop.id}`, flash: 'workshops.admin.saved' }),
  },
});
