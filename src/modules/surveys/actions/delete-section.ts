import { defineAction } from '../../../platform/actions/action.ts';
import { deleteSection } from '../commands/delete-section.ts';
import { loadManagedSurvey } from '../loaders.ts';
import { sectionParams, surveyAdminPath } from './builder-shapes.ts';

/** Deletes an empty section (never a survey's last one). */
export const deleteSectionAction = defineAction({
  name: 'surveys.section.delete',
  summary: 'Deletes an empty section',
  tag: 'surveys',
  params: sectionParams,
  load: ({ context, request, params }) => loadManagedSurvey(context, request, params.id),
  run: ({ context, actor, params, subject, now }) => deleteSection(context.db, subject, params.sectionId, actor.userId, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'DELETE', url: '/surveys/:id/sections/:sectionId', access: 'signed-in', errors: [409] },
  page: {
    url: '/admin/surveys/:id/sections/:sectionId/delete',
    done: ({ subject }) => ({ to: surveyAdminPath(subject.survey.id), flash: 'surveys.admin.sectionDeleted' }),
  },
});
