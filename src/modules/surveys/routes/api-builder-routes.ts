import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../../platform/http/authorize.ts';
import { invalid, notFound } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findProcessBySlug } from '../../processes/index.ts';
import { localDateTimeToUtc } from '../calendar.ts';
import { createSurvey } from '../commands/create-survey.ts';
import { deleteSection } from '../commands/delete-section.ts';
import { removeQuestion } from '../commands/remove-question.ts';
import { saveQuestion } from '../commands/save-question.ts';
import { saveSection } from '../commands/save-section.ts';
import { updateSurvey } from '../commands/update-survey.ts';
import { findSurveyDefinition } from '../queries/find-survey.ts';
import { pathIdSchema, questionSchema, type SurveySettingsInput, sectionSchema, surveySettingsSchema } from '../schemas.ts';
import { surveySubject } from './survey-access.ts';
import { definitionJson, surveyDefinitionSchema } from './survey-json.ts';

const id = pathIdSchema;
const created = z.object({ id: z.string() });

/** Settings with their local times turned into UTC instants in the organisation's time zone. */
export function withUtcTimes(settings: SurveySettingsInput, timeZone: string): SurveySettingsInput {
  const convert = (field: 'opensAt' | 'closesAt') => {
    const value = settings[field];
    if (!value) return null;
    const utc = localDateTimeToUtc(value, timeZone);
    if (!utc) throw invalid({ [field]: { key: 'surveys.validation.dateTime' } });
    return utc;
  };
  return { ...settings, opensAt: convert('opensAt'), closesAt: convert('closesAt') };
}

/** The survey a manager may change; unknown and foreign answer 404, others' 403. */
export async function loadManagedSurvey(context: AppContext, request: FastifyRequest, surveyId: string) {
  const definition = await findSurveyDefinition(context.db, request.identity.actor.organisationId, surveyId);
  if (!definition) throw notFound();
  authorize(context.authorizer, request, 'surveys.survey.manage', surveySubject(definition.survey));
  return definition;
}

/** The JSON API of the survey builder: surveys, sections and questions. */
export function registerBuilderApiRoutes(app: FastifyInstance, context: AppContext): void {
  const userId = (request: FastifyRequest) => request.identity.user?.id ?? null;
  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/surveys',
    summary: 'Creates a survey in a process (with its first section)',
    tag: 'surveys',
    access: 'signed-in',
    params: z.object({ slug: z.string().max(100) }),
    body: surveySettingsSchema,
    response: created,
    status: 201,
    handler: async ({ params, body, request }) => {
      const process = await findProcessBySlug(context.db, request.organisation.id, params.slug);
      if (!process) throw notFound();
      authorize(context.authorizer, request, 'surveys.survey.create', process);
      const owner = { organisationId: request.organisation.id, processId: process.id, actorUserId: userId(request) };
      return { id: await createSurvey(context.db, owner, withUtcTimes(body, request.organisation.timeZone), context.clock.now()) };
    },
  });

  context.api.add(app, {
    method: 'PUT',
    url: '/surveys/:id',
    summary: 'Replaces a survey’s settings (texts, phase, times, audience, publication)',
    tag: 'surveys',
    access: 'signed-in',
    params: z.object({ id }),
    body: surveySettingsSchema,
    response: surveyDefinitionSchema,
    handler: async ({ params, body, request }) => {
      const definition = await loadManagedSurvey(context, request, params.id);
      await updateSurvey(
        context.db,
        definition.survey,
        withUtcTimes(body, request.organisation.timeZone),
        userId(request),
        context.clock.now(),
      );
      return definitionJson((await findSurveyDefinition(context.db, request.organisation.id, params.id)) ?? definition);
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/surveys/:id/sections',
    summary: 'Adds a section at the end of a survey',
    tag: 'surveys',
    access: 'signed-in',
    params: z.object({ id }),
    body: sectionSchema,
    response: created,
    status: 201,
    handler: async ({ params, body, request }) => {
      const definition = await loadManagedSurvey(context, request, params.id);
      return { id: await saveSection(context.db, definition, null, body, userId(request), context.clock.now()) };
    },
  });

  context.api.add(app, {
    method: 'PUT',
    url: '/surveys/:id/sections/:sectionId',
    summary: 'Changes a section’s texts',
    tag: 'surveys',
    access: 'signed-in',
    params: z.object({ id, sectionId: id }),
    body: sectionSchema,
    response: created,
    handler: async ({ params, body, request }) => {
      const definition = await loadManagedSurvey(context, request, params.id);
      return { id: await saveSection(context.db, definition, params.sectionId, body, userId(request), context.clock.now()) };
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/surveys/:id/sections/:sectionId',
    summary: 'Deletes an empty section',
    tag: 'surveys',
    errors: [409],
    access: 'signed-in',
    params: z.object({ id, sectionId: id }),
    status: 204,
    handler: async ({ params, request }) => {
      const definition = await loadManagedSurvey(context, request, params.id);
      await deleteSection(context.db, definition, params.sectionId, userId(request), context.clock.now());
      return undefined;
    },
  });

  registerQuestionApiRoutes(app, context);
}

function registerQuestionApiRoutes(app: FastifyInstance, context: AppContext): void {
  const userId = (request: FastifyRequest) => request.identity.user?.id ?? null;
  context.api.add(app, {
    method: 'POST',
    url: '/surveys/:id/questions',
    summary: 'Adds a question (optional only, once the survey has answers)',
    tag: 'surveys',
    errors: [409],
    access: 'signed-in',
    params: z.object({ id }),
    body: questionSchema,
    response: created,
    status: 201,
    handler: async ({ params, body, request }) => {
      const definition = await loadManagedSurvey(context, request, params.id);
      return { id: await saveQuestion(context.db, definition, null, body, userId(request), context.clock.now()) };
    },
  });

  context.api.add(app, {
    method: 'PUT',
    url: '/surveys/:id/questions/:questionId',
    summary: 'Changes a question; an answered one’s type change or removed choices need confirm: true (answers are archived, not lost)',
    tag: 'surveys',
    errors: [409],
    access: 'signed-in',
    params: z.object({ id, questionId: id }),
    body: questionSchema,
    response: created,
    handler: async ({ params, body, request }) => {
      const definition = await loadManagedSurvey(context, request, params.id);
      return { id: await saveQuestion(context.db, definition, params.questionId, body, userId(request), context.clock.now()) };
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/surveys/:id/questions/:questionId',
    summary: 'Removes a question; an answered one needs ?confirm=true and is archived with its answers',
    tag: 'surveys',
    errors: [409],
    access: 'signed-in',
    params: z.object({ id, questionId: id }),
    query: z.object({ confirm: z.enum(['true', 'false']).default('false') }),
    status: 204,
    handler: async ({ params, query, request }) => {
      const definition = await loadManagedSurvey(context, request, params.id);
      await removeQuestion(
        context.db,
        definition,
        params.questionId,
        { confirm: query.confirm === 'true', actorUserId: userId(request) },
        context.clock.now(),
      );
      return undefined;
    },
  });
}
