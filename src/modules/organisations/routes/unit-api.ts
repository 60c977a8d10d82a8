import type { FastifyInstance } from 'fastify';
import { found, pageOf } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createUnit } from '../commands/create-unit.ts';
import { deleteUnit } from '../commands/delete-unit.ts';
import { updateUnit } from '../commands/update-unit.ts';
import { findUnit, listUnitTree, toUnitNode } from '../queries/list-units.ts';
import { idParamsSchema, unitNodeResponseSchema, unitPatchSchema, unitSchema } from '../schemas.ts';

/** The units API: the tree for anyone (staff registration needs it), changes for admins. */
export function registerUnitApi(app: FastifyInstance, context: AppContext): void {
  const unitOf = async (organisationId: string, id: string) => toUnitNode(found(await findUnit(context.db, organisationId, id)));

  context.api.add(app, {
    method: 'GET',
    url: '/units',
    summary: 'The units and work communities as a tree, ordered by position',
    tag: 'organisations',
    response: pageOf(unitNodeResponseSchema),
    handler: async ({ request }) => ({ items: await listUnitTree(context.db, request.organisation.id), nextCursor: null }),
  });

  context.api.add(app, {
    method: 'POST',
    url: '/units',
    summary: 'Creates a unit or work community',
    tag: 'organisations',
    permission: 'organisations.units.manage',
    body: unitSchema,
    response: unitNodeResponseSchema,
    status: 201,
    handler: async ({ request, body }) => {
      const id = await createUnit(context.db, request.identity.actor, body, context.clock.now());
      return unitOf(request.organisation.id, id);
    },
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/units/:id',
    summary: 'Changes a unit; fields left out keep their value, parentId null moves it to the top',
    tag: 'organisations',
    permission: 'organisations.units.manage',
    params: idParamsSchema,
    body: unitPatchSchema,
    response: unitNodeResponseSchema,
    handler: async ({ request, params, body }) => {
      await updateUnit(context.db, request.identity.actor, params.id, body, context.clock.now());
      return unitOf(request.organisation.id, params.id);
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/units/:id',
    summary: 'Deletes a unit that has nothing beneath it (409 otherwise)',
    tag: 'organisations',
    errors: [409],
    permission: 'organisations.units.manage',
    params: idParamsSchema,
    status: 204,
    handler: async ({ request, params }) => {
      await deleteUnit(context.db, request.identity.actor, params.id, context.clock.now());
      return undefined;
    },
  });
}
