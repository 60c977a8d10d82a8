import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { saveSection } from '../commands/save-section.ts';
import { loadManagedSurvey } from '../loaders.ts';
import { createdResponseSchema } from '../presenters.ts';
import { sectionSchema } from '../schemas.ts';
import { sectionParams, surveyAdminPath } from './builder-shapes.ts';
import { sectionFormAgain } from './section-form.tsx';

/** Changes a section's title and introduction. */
export const updateSectionAction = defineAction({
  name: 'surveys.section.update',
  summary: 'Changes a section’s texts',
  tag: 'surveys',
  params: sectionParams,
  input: sectionSchema,
  load: async ({ context, request, params }) => {
    const definition = await loadManagedSurvey(context, request, params.id);
    if (!definition.sections.some((section) => section.id === params.sectionId)) throw refuse.notFound();
    return definition;
  },
  run: ({ context, actor, params, subject, input, now }) => saveSection(context.db, subject, params.sectionId, input, actor.userId, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PUT',
    url: '/surveys/:id/sections/:sectionId',
    access: 'signed-in',
    response: createdResponseSchema,
    present: (_, id) => ({ id }),
  },
  page: {
    url: '/admin/surveys/:id/sections/:sectionId',
    form: (call, reply, state) => sectionFormAgain(call, reply, (call.params as { sectionId: string }).sectionId, state),
    done: ({ subject }) => ({ to: surveyAdminPath(subject.survey.id), flash: 'surveys.admin.saved' }),
  },
});
