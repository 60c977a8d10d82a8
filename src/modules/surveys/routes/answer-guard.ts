import type { FastifyRequest } from 'fastify';
import { conflict, forbidden, unauthenticated } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { SurveyDefinition } from '../model.ts';
import type { AnswerState } from '../views/survey-page.tsx';
import { answerSubject } from './survey-access.ts';

/** Where the requester stands: may answer now, or why not. */
export async function answeringState(context: AppContext, request: FastifyRequest, definition: SurveyDefinition): Promise<AnswerState> {
  const { survey } = definition;
  const actor = request.identity.actor;
  if (!context.authorizer.can(actor, 'surveys.survey.answer', await answerSubject(context, actor, survey))) {
    return actor.userId ? 'notInAudience' : 'signInRequired';
  }
  const now = context.clock.now().toISOString();
  if (survey.opensAt && now < survey.opensAt) return 'notYetOpen';
  if (survey.status !== 'published' || (survey.closesAt && now >= survey.closesAt)) return 'closed';
  return 'open';
}

/** Throws unless the requester may answer now: 401/403 by the audience rule, 409 when not open. */
export async function requireAnswering(context: AppContext, request: FastifyRequest, definition: SurveyDefinition): Promise<void> {
  const state = await answeringState(context, request, definition);
  if (state === 'signInRequired') throw unauthenticated();
  if (state === 'notInAudience') throw forbidden();
  if (state === 'notYetOpen') throw conflict('surveys.answer.notYetOpen');
  if (state === 'closed') throw conflict('surveys.answer.closed');
}
