import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { saveSection } from '../commands/save-section.ts';
import { loadManagedSurvey } from '../loaders.ts';
import { createdResponseSchema } from '../presenters.ts';
import { sectionSchema } from '../schemas.ts';
import { surveyAdminPath, surveyParams } from './builder-shapes.ts';
import { sectionFormAgain } from './section-form.tsx';

/** The survey page's add-a-section form names the title `sectionTitle` (the settings form has its own `title`). */
const sectionAddForm = z.preprocess((form) => {
  const fields = (typeof form === 'object' && form !== null ? form : {}) as Record<string, unknown>;
  return { title: fields.sectionTitle, description: fields.description };
}, sectionSchema);

/** Adds a section at the end of a survey. */
export const createSectionAction = defineAction({
  name: 'surveys.section.create',
  summary: 'Adds a section at the end of a survey',
  tag: 'surveys',
  params: surveyParams,
  input: sectionSchema,
  load: ({ context, request, params }) => loadManagedSurvey(context, request, params.id),
  run: ({ context, actor, subject, input, now }) => saveSection(context.db, subject, null, input, actor.userId, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/surveys/:id/sections',
    access: 'signed-in',
    status: 201,
    response: createdResponseSchema,
    present: (_, id) => ({ id }),
  },
  page: {
    url: '/admin/surveys/:id/sections',
    input: sectionAddForm,
    form: (call, reply, state) => sectionFormAgain(call, reply, null, state),
    done: ({ subject }) => ({ to: surveyAdminPath(subject.survey.id), flash: 'surveys.admin.saved' }),
  },
});
