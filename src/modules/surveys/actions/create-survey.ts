import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { unflattenForm } from '../../../platform/http/validation.ts';
import { findProcessBySlug } from '../../processes/index.ts';
import { withUtcTimes } from '../calendar.ts';
import { createSurvey } from '../commands/create-survey.ts';
import { createdResponseSchema } from '../presenters.ts';
import { listManagedProcesses } from '../queries/managed-processes.ts';
import { surveySettingsSchema } from '../schemas.ts';
import { sentSurveyFormValues } from '../views/survey-form-values.ts';
import { surveyAdminPath } from './builder-shapes.ts';
import { chosenProcessSlug, renderNewSurvey } from './survey-form.tsx';

/** The new-survey form's error when its process is not one the actor manages. */
const UNKNOWN_PROCESS = { processSlug: { key: 'platform.validation.choice' } };

/**
 * Creates a survey (with its first section) in a process: on the admin page the process is
 * chosen in the form, one the actor manages; through the API the path names it.
 */
export const createSurveyAction = defineAction({
  name: 'surveys.survey.create',
  summary: 'Creates a survey in a process (with its first section)',
  tag: 'surveys',
  input: surveySettingsSchema,
  permission: 'surveys.admin.list',
  load: async ({ context, request, params, actor, surface }): Promise<{ id: string } | null> => {
    if (surface === 'page') {
      // The form's choice; one the actor does not manage is the form's error to show, not a 404.
      const slug = chosenProcessSlug(unflattenForm((request.body ?? {}) as Record<string, string | string[]>));
      return (await listManagedProcesses(context, actor)).find((candidate) => candidate.slug === slug) ?? null;
    }
    const process = await findProcessBySlug(context.db, actor.organisationId, (params as unknown as { slug: string }).slug);
    if (!process) throw refuse.notFound();
    authorize(context.authorizer, request, 'surveys.survey.create', process);
    return process;
  },
  run: ({ context, request, actor, subject, input, now }) => {
    if (!subject) throw refuse.invalid(UNKNOWN_PROCESS);
    const owner = { organisationId: actor.organisationId, processId: subject.id, actorUserId: actor.userId };
    return createSurvey(context.db, owner, withUtcTimes(input, request.organisation.timeZone), now);
  },
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'POST',
    url: '/processes/:slug/surveys',
    params: z.object({ slug: z.string().max(100) }),
    status: 201,
    response: createdResponseSchema,
    present: (_, id) => ({ id }),
  },
  page: {
    url: '/admin/surveys/new',
    // A process the actor does not manage is the one thing to fix first (the other fields depend on it).
    form: (call, reply, state) =>
      renderNewSurvey(call, reply, chosenProcessSlug(state.values), {
        values: sentSurveyFormValues(state.values),
        errors: call.subject ? state.errors : UNKNOWN_PROCESS,
      }),
    refusalStatus: 422,
    done: (_, id) => ({ to: surveyAdminPath(id), flash: 'surveys.admin.created' }),
  },
});
