import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/authz/authz.ts';
import { newToken } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findProcessById, type Process } from '../../processes/index.ts';
import type { Survey, SurveyDefinition } from '../model.ts';
import type { AnswerSubject, SurveySubject } from '../permissions.ts';
import type { Respondent } from '../queries/find-own-response.ts';
import { findSurveyDefinition } from '../queries/find-survey.ts';

/** The signed cookie that lets a browser without an account keep its one response. */
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
  if (!actor.userId || (survey.audience !== 'units' && survey.audience !== 'bodies')) return false;
  if (survey.audience === 'bodies') {
    const member = await context.db
      .selectFrom('body_members')
      .select('id')
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('user_id', '=', actor.userId)
      .where('body_id', 'in', survey.audienceIds.length ? survey.audienceIds : [''])
      .limit(1)
      .executeTakeFirst();
    return member !== undefined;
  }
  const user = await context.db
    .selectFrom('users')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .select(['users.unit_id', 'units.parent_id'])
    .$call(inOrganisation(actor.organisationId, 'users'))
    .where('users.id', '=', actor.userId)
    .executeTakeFirst();
  // Staff of a chosen unit include the staff of its work communities.
  return [user?.unit_id, user?.parent_id].some((id) => id && survey.audienceIds.includes(id));
}

/** The facts the answering rule decides on. */
export async function answerSubject(context: AppContext, actor: Actor, survey: Survey): Promise<AnswerSubject> {
  return { status: survey.status, audience: survey.audience, inAudience: await isInAudience(context, actor, survey) };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The respondent of a request: the account, else the browser's signed cookie (when it has one). */
export function respondentOf(request: FastifyRequest): Respondent {
  if (request.identity.user) return { userId: request.identity.user.id, browserKey: null };
  const raw = request.cookies[RESPONDENT_COOKIE];
  if (!raw) return { userId: null, browserKey: null };
  const unsigned = request.unsignCookie(raw);
  return { userId: null, browserKey: unsigned.valid && unsigned.value ? hashToken(unsigned.value) : null };
}

/** The respondent, giving a browser without an account its signed cookie first if it has none. */
export function ensureRespondent(context: AppContext, request: FastifyRequest, reply: FastifyReply): Respondent {
  const respondent = respondentOf(request);
  if (respondent.userId || respondent.browserKey) return respondent;
  const token = newToken(24);
  reply.setCookie(RESPONDENT_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: context.config.publicUrl?.startsWith('https://') ?? false,
    signed: true,
    maxAge: 400 * 24 * 60 * 60,
  });
  return { userId: null, browserKey: hashToken(token) };
}
