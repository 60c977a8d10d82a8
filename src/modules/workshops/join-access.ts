import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/authz/authz.ts';
import { Refusal } from '../../platform/domain/refusal.ts';
import { forbidden, unauthenticated } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { inAudience } from '../../platform/participation/audience.ts';
import { type Room, rememberWorkshop } from './access.ts';
import { audienceOf, type Workshop } from './model.ts';
import { findWorkshopByCode } from './queries/find-workshop.ts';

/** The workshop a typed code opens: 404 for a wrong code, 410 for the code of a workshop that has ended. */
export async function workshopForCode(context: AppContext, request: FastifyRequest, code: string): Promise<Workshop> {
  const workshop = await findWorkshopByCode(context.db, request.organisation.id, code);
  if (!workshop) throw new Refusal('not-found', 'workshops.join.unknownCode', {}, {}, 'unknown-code');
  if (workshop.status !== 'open')
    throw new Refusal(
      'gone',
      workshop.kind === 'seminar' ? 'workshops.join.codeExpiredSeminar' : 'workshops.join.codeExpired',
      {},
      {},
      'code-expired',
    );
  return workshop;
}

/** Whether a signed-in actor is in the session's audience: anyone signed in, staff, staff of its units (or beneath one), members of its bodies. */
async function isInAudience(context: AppContext, actor: Actor, workshop: Workshop): Promise<boolean> {
  if (workshop.access === 'code' || !actor.userId) return false;
  return inAudience(context, actor, audienceOf(workshop));
}

/** Throws unless the requester may join: anyone with the code, or a signed-in member of the session's audience. */
export async function requireJoinAccess(context: AppContext, request: FastifyRequest, workshop: Workshop): Promise<void> {
  const actor = request.identity.actor;
  rememberWorkshop(request, workshop.id);
  const subject = { access: workshop.access, inAudience: await isInAudience(context, actor, workshop) };
  if (context.authorizer.can(actor, 'workshops.workshop.join', subject)) return;
  if (!request.identity.user) throw unauthenticated();
  // Say whom the session is for, in the person's language.
  throw new Refusal(
    'forbidden',
    workshop.access === 'staff' ? 'workshops.join.staffOnly' : 'workshops.join.notInAudience',
    {},
    {},
    'not-in-audience',
  );
}

/** The room's participant, or 403 saying that one joins with the code first. */
export function requireParticipant(room: Room): NonNullable<Room['participant']> {
  if (!room.participant) throw new Refusal('forbidden', 'workshops.error.notJoined', {}, {}, 'not-joined');
  return room.participant;
}

/**
 * Checks a participant's rule. Participants have no account, so a refusal is
 * 403 ("not yours"), never the 401 that would send them to a sign-in page.
 */
export function authorizeParticipant(context: AppContext, request: FastifyRequest, action: string, subject: unknown): void {
  if (!context.authorizer.can(request.identity.actor, action, subject)) throw forbidden();
}
