import type { FastifyInstance } from 'fastify';
import { refuse } from '../../../platform/domain/refusal.ts';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { hasChildren } from '../commands/check-unit-placement.ts';
import { findUnit, toUnitNode } from '../queries/list-units.ts';
import { idParamsSchema } from '../schemas.ts';
import { DeleteUnitPage } from '../views/delete-unit-page.tsx';

/** Deleting a unit: the confirmation page (409 while it has anything beneath it); `organisations.unit.delete` deletes. */
export function registerUnitDeleteRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/units/:id/delete', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const { id } = parse(idParamsSchema, request.params);
    const unit = toUnitNode(found(await findUnit(context.db, request.organisation.id, id)));
    if (await hasChildren(context.db, request.organisation.id, id)) throw refuse.conflict('organisations.units.hasChildren');
    return renderPage(context, request, reply, <DeleteUnitPage unit={unit} />);
  });
}
