import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { listUnitTree } from '../queries/list-units.ts';
import { unitNodeResponseSchema } from '../schemas.ts';

/** The units API: the tree for anyone (staff registration needs it); admins change it with the `organisations.unit.*` actions. */
export function registerUnitApi(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/units',
    summary: 'The units and work communities as a tree, ordered by position',
    tag: 'organisations',
    response: pageOf(unitNodeResponseSchema),
    handler: async ({ request }) => ({ items: await listUnitTree(context.db, request.organisation.id), nextCursor: null }),
  });
}
