import type { FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/database.ts';
import { refuse } from '../../platform/domain/refusal.ts';
import { unauthenticated } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { findByIdempotencyKey } from './commands/submit-response.ts';
import type { SurveyDefinition } from './model.ts';
import type { Respondent } from './queries/find-own-response.ts';
import { answerSubject } from './survey-access.ts';
import type { AnswerState } from './views/survey-page.tsx';

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
  // A visitor who must sign in is asked to (401); the domain's refusals have no kind for it.
  if (state === 'signInRequired') throw unauthenticated();
  if (state === 'notInAudience') throw refuse.forbidden('surveys.survey.notInAudience');
  if (state === 'notYetOpen') throw refuse.conflict('surveys.answer.notYetOpen');
  if (state === 'closed') throw refuse.conflict('surveys.answer.closed');
}

/** A submission stored before, which a retry with the same idempotency key answers with. */
export interface Replay {
  responseId: string;
  submittedAt: string;
}

/**
 * The replay check: a browser without an account answers once. Once its response (`own`)
 * is submitted, a retry of that submission (its idempotency key) is answered with the
 * stored one, and anything else is refused (409) before the answers are read. Accounts
 * edit their response until the close, so they pass.
 */
export async function checkReplay(
  db: Db,
  definition: SurveyDefinition,
  respondent: Respondent,
  own: { status: 'draft' | 'submitted' } | undefined,
  idempotencyKey: () => string | undefined,
): Promise<Replay | undefined> {
  if (respondent.userId || own?.status !== 'submitted') return undefined;
  const stored = await findByIdempotencyKey(db, definition, idempotencyKey());
  if (!stored) throw refuse.conflict('surveys.answer.alreadyAnswered');
  return { responseId: stored.id, submittedAt: stored.submitted_at ?? '' };
}
