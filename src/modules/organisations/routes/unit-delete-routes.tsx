import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { conflict } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { hasChildren } from '../commands/check-unit-placement.ts';
import { deleteUnit } from '../commands/delete-unit.ts';
import { findUnit, toUnitNode } from '../queries/list-units.ts';
import { idParamsSchema } from '../schemas.ts';
import { DeleteUnitPage } from '../views/delete-unit-page.tsx';

/** Deleting a unit: a confirmation page, then the delete (409 while it has anything beneath it). */
export function registerUnitDeleteRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/units/:id/delete', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const { id } = parse(idParamsSchema, request.params);
    const unit = toUnitNode(found(await findUnit(context.db, request.organisation.id, id)));
    if (await hasChildren(context.db, request.organisation.id, id)) throw conflict('organisations.units.hasChildren');
    return renderPage(context, request, reply, <DeleteUnitPage unit={unit} />);
  });

  page(app, 'POST', '/admin/units/:id/delete', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const { id } = parse(idParamsSchema, request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (body.confirm !== 'yes') {
      const unit = found(await findUnit(context.db, request.organisation.id, id));
      return reply.redirect(`/${request.locale}/admin/units/${unit.id}/delete`, 303);
    }
    await deleteUnit(context.db, request.identity.actor, id, context.clock.now());
    setFlash(reply, 'organisations.units.deleted');
    return reply.redirect(`/${request.locale}/admin/units`, 303);
  });
}
