import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { presentUser, userResponseSchema } from '../presenters.ts';
import { listUsers } from '../queries/list-users.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

const MANAGE = 'accounts.users.manage';
const TAG = 'accounts';

/** The admin API's user list (`accounts.role.set` replaces a user's roles). */
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
    response: pageOf(userResponseSchema),
    handler: async ({ request, query }) => {
      const page = await listUsers(context.db, request.organisation.id, { search: query.q, after: query.cursor, limit: query.limit });
      return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
    },
  });
}
