import type { FastifyRequest } from 'fastify';
import type { LoadCall } from '../../platform/actions/action.ts';
import type { Authorizer } from '../../platform/authz/authz.ts';
import { authorize } from '../../platform/http/authorize.ts';
import { unauthenticated } from '../../platform/http/errors.ts';

/** The signed-in person a request acts for, with the session it came in (null with an API token). */
export interface AccountOwner {
  organisationId: string;
  userId: string;
  sessionId: string | null;
}

/** Checks 'accounts.ownAccount.manage' and answers whose account the request manages. */
export function authorizeOwner(authorizer: Authorizer, request: FastifyRequest): AccountOwner {
  authorize(authorizer, request, 'accounts.ownAccount.manage');
  const user = request.identity.user;
  if (!user) throw unauthenticated();
  return { organisationId: request.organisation.id, userId: user.id, sessionId: request.identity.sessionId };
}

/** An action's loader: whose account the call manages (the action has checked 'accounts.ownAccount.manage'). */
export function loadOwner(call: Pick<LoadCall<unknown>, 'request'>): AccountOwner {
  const user = call.request.identity.user;
  if (!user) throw unauthenticated();
  return { organisationId: call.request.organisation.id, userId: user.id, sessionId: call.request.identity.sessionId };
}
