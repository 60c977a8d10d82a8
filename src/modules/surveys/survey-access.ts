import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/authz/authz.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { inAudience } from '../../platform/participation/audience.ts';
import { participantFor, participantOf, signedCookie } from '../../platform/participation/participant.ts';
import { findProcessById, type Process } from '../processes/index.ts';
import type { Survey, SurveyDefinition } from './model.ts';
import type { AnswerSubject, SurveySubject } from './permissions.ts';
import type { Respondent } from './queries/find-own-response.ts';
import { findSurveyDefinition } from './queries/find-survey.ts';

/**
 * The cookie surveys gave browsers before the platform's participant cookie.
 * Their responses are stored under the SHA-256 of its secret, so while a
 * browser still has it (it is not renewed; it ends 400 days after it was set)
 * surveys keep knowing the browser by it (docs/participation.md).
 */
export const RESPONDENT_COOKIE = 'tarina_respondent';

/** What the survey rules need to know of a survey. */
export function surveySubject(survey: Survey): SurveySubject {
  return { processId: survey.processId, status: survey.status, resultsPublic: survey.resultsPublic };
}

/** A survey the actor may see, with its process; unknown, foreign and hidden all answer 404. */
export async function loadVisibleSurvey(
  context: AppContext,
  actor: Actor,
  surveyId: string,
  processSlug?: string,
): Promise<{ definition: SurveyDefinition; process: Process }> {
  const definition = await findSurveyDefinition(context.db, actor.organisationId, surveyId);
  if (!definition) throw notFound();
  const process = await findProcessById(context.db, actor.organisationId, definition.survey.processId);
  if (!process || (processSlug !== undefined && process.slug !== processSlug)) throw notFound();
  const manages = context.authorizer.can(actor, 'surveys.survey.manage', surveySubject(definition.survey));
  if (!manages && !context.authorizer.can(actor, 'processes.process.view', process)) throw notFound();
  if (!context.authorizer.can(actor, 'surveys.survey.view', surveySubject(definition.survey))) throw notFound();
  return { definition, process };
}

async function isInAudience(context: AppContext, actor: Actor, survey: Survey): Promise<boolean> {
  if (survey.audience === 'staff') return inAudience(context, actor, { kind: 'staff' });
  if (survey.audience === 'bodies') return inAudience(context, actor, { kind: 'bodies', bodyIds: survey.audienceIds });
  // Staff of a chosen unit include the staff of the units beneath it (its work communities).
  if (survey.audience === 'units') return inAudience(context, actor, { kind: 'units', unitIds: survey.audienceIds });
  return false;
}

/** The facts the answering rule decides on. */
export async function answerSubject(context: AppContext, actor: Actor, survey: Survey): Promise<AnswerSubject> {
  return { status: survey.status, audience: survey.audience, inAudience: await isInAudience(context, actor, survey) };
}

function legacyKey(request: FastifyRequest): string | null {
  const secret = signedCookie(request, RESPONDENT_COOKIE);
  return secret ? createHash('sha256').update(secret).digest('hex') : null;
}

/**
 * The survey as the platform's pseudonyms name it. Callers pass the survey's
 * id; without one (routes not yet passing it) every survey shares one channel,
 * which keeps reads and writes of such routes agreeing but links the surveys.
 */
function channelOf(surveyId: string | undefined) {
  return { kind: 'survey', id: surveyId ?? '' };
}

/** The respondent of a request: the account, else the browser's signed cookie (when it has one). */
export function respondentOf(request: FastifyRequest, surveyId?: string): Respondent {
  if (request.identity.user) return { userId: request.identity.user.id, browserKey: null };
  const legacy = legacyKey(request);
  if (legacy) return { userId: null, browserKey: legacy };
  const participant = participantOf(request, channelOf(surveyId));
  return { userId: null, browserKey: participant && 'pseudonym' in participant ? participant.pseudonym : null };
}

/** The respondent, giving a browser without an account its signed cookie first if it has none. */
export function ensureRespondent(context: AppContext, request: FastifyRequest, reply: FastifyReply, surveyId?: string): Respondent {
  if (request.identity.user) return { userId: request.identity.user.id, browserKey: null };
  const legacy = legacyKey(request);
  if (legacy) return { userId: null, browserKey: legacy };
  const participant = participantFor(context, request, reply, channelOf(surveyId));
  return 'userId' in participant ? { userId: participant.userId, browserKey: null } : { userId: null, browserKey: participant.pseudonym };
}
