import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { renderUnitForm, unitFormValues } from '../actions/unit-form.tsx';
import { findUnit, listUnitTree, toUnitNode } from '../queries/list-units.ts';
import { directoryHeadcounts, unitFigures } from '../queries/unit-figures.ts';
import { idParamsSchema } from '../schemas.ts';
import { UnitsPage } from '../views/units-page.tsx';

/** The unit tree, and the pages that add and edit units (saved by the `organisations.unit.*` actions). */
export function registerUnitRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/units', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const [tree, placed] = await Promise.all([
      listUnitTree(context.db, request.organisation.id),
      // Accounts lends the directory's counts through the context: organisations may not import it (accounts imports us).
      context.accountLookups.countPlacedByUnit(context.db, request.organisation.id),
    ]);
    const directory = directoryHeadcounts(tree, placed);
    return renderPage(context, request, reply, <UnitsPage tree={tree} figures={unitFigures(tree)} directory={directory} />);
  });

  page(app, 'GET', '/admin/units/new', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const query = request.query as Record<string, unknown>;
    const values = unitFormValues({ kind: query.kind === 'work_community' ? 'work_community' : 'unit', parentId: query.parent });
    return renderUnitForm(context, request, reply, { unitId: null, values: { ...values, headcount: '0', position: '0' } });
  });

  page(app, 'GET', '/admin/units/:id/edit', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const { id } = parse(idParamsSchema, request.params);
    const unit = toUnitNode(found(await findUnit(context.db, request.organisation.id, id)));
    const values = unitFormValues({
      kind: unit.kind,
      parentId: unit.parentId ?? '',
      name: unit.name,
      headcount: String(unit.headcount),
      position: String(unit.position),
    });
    return renderUnitForm(context, request, reply, { unitId: id, values });
  });
}
