import type { FastifyRequest } from 'fastify';
import type { Authorizer } from '../authz/authz.ts';
import { forbidden, unauthenticated } from './errors.ts';

/**
 * Throws unless the declared rule allows the action: 401 for visitors (pages
 * then redirect to sign-in), 403 for signed-in users.
 */
export function authorize(authorizer: Authorizer, request: FastifyRequest, action: string, subject?: unknown): void {
  if (authorizer.can(request.identity.actor, action, subject)) return;
  throw request.identity.user ? forbidden() : unauthenticated();
}
