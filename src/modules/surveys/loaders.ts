import type { FastifyRequest } from 'fastify';
import { refuse } from '../../platform/domain/refusal.ts';
import { authorize } from '../../platform/http/authorize.ts';
import type { AppContext } from '../../platform/module.ts';
import type { SurveyDefinition } from './model.ts';
import { findSurveyDefinition } from './queries/find-survey.ts';
import { surveySubject } from './survey-access.ts';

/** The survey a manager may change; unknown and foreign answer 404, others' 403. */
export async function loadManagedSurvey(context: AppContext, request: FastifyRequest, surveyId: string): Promise<SurveyDefinition> {
  const definition = await findSurveyDefinition(context.db, request.identity.actor.organisationId, surveyId);
  if (!definition) throw refuse.notFound();
  authorize(context.authorizer, request, 'surveys.survey.manage', surveySubject(definition.survey));
  return definition;
}
