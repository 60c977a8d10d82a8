import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/api.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { setUserRoles } from '../commands/set-user-roles.ts';
import { findUser } from '../queries/find-user.ts';
import { listUsers, type UserSummary } from '../queries/list-users.ts';
import { ACCOUNT_LIMITS, setRolesSchema } from '../schemas.ts';
import { grantResponseSchema } from './api-schemas.ts';

const MANAGE = 'accounts.users.manage';
const TAG = 'accounts';

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.string(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  grants: z.array(grantResponseSchema),
});

function toUserResponse(user: UserSummary): z.input<typeof userSchema> {
  const grants = user.grants.map((grant) => ({ role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId || null }));
  return { ...user, grants };
}

/** The admin API for users and their roles. */
export function registerUsersApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/users',
    summary: 'The organisation’s users in e-mail order, optionally filtered by e-mail or name',
    tag: TAG,
    permission: MANAGE,
    query: z.object({
      q: z.string().trim().max(ACCOUNT_LIMITS.searchMax).default(''),
      cursor: z.string().max(400).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: pageOf(userSchema),
    handler: async ({ request, query }) => {
      const page = await listUsers(context.db, request.organisation.id, { search: query.q, after: query.cursor, limit: query.limit });
      return { items: page.items.map(toUserResponse), nextCursor: page.nextCursor };
    },
  });
  context.api.add(app, {
    method: 'PUT',
    url: '/users/:id/roles',
    summary: 'Replaces a user’s role grants (each change is audited; the last admin keeps org_admin)',
    tag: TAG,
    errors: [409],
    permission: MANAGE,
    params: z.object({ id: z.string().max(ACCOUNT_LIMITS.idMax) }),
    body: setRolesSchema,
    response: userSchema,
    handler: async ({ request, params, body }) => {
      await setUserRoles(context.db, request.identity.actor, params.id, body.grants, context.clock.now());
      const user = await findUser(context.db, request.organisation.id, params.id);
      if (!user) throw notFound();
      return toUserResponse(user);
    },
  });
}
