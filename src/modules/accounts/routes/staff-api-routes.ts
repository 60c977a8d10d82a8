import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../../platform/authz/authz.ts';
import { pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { presentStaffMember, staffMemberResponseSchema } from '../presenters.ts';
import { listStaff } from '../queries/list-staff.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

/** The staff directory's filters: a unit (with what is beneath it), a role, active or deactivated people; a page. */
export const staffQuerySchema = pageQuerySchema.extend({
  unit: z.string().trim().min(1).max(ACCOUNT_LIMITS.idMax).optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(['active', 'deactivated', 'all']).default('active'),
});

/** `GET /api/v1/staff`: the staff directory as the actor may read it (`accounts.staff.read`). */
export function registerStaffApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/staff',
    summary:
      'The staff directory in e-mail order: the people placed in a unit and everything beneath it, by role, active or deactivated (admins: everyone; a unit manager: their units)',
    tag: 'accounts',
    permission: 'accounts.staff.read',
    query: staffQuerySchema,
    response: pageOf(staffMemberResponseSchema),
    handler: async ({ request, query }) => {
      const page = await listStaff(context.db, context.authorizer, request.identity.actor, {
        unitId: query.unit,
        role: query.role,
        status: query.status,
        after: query.cursor,
        limit: query.limit,
      });
      return { items: page.items.map(presentStaffMember), nextCursor: page.nextCursor };
    },
  });
}
