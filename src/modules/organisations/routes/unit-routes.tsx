import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, parse, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { createUnit } from '../commands/create-unit.ts';
import { updateUnit } from '../commands/update-unit.ts';
import { findUnit, listUnitTree, toUnitNode } from '../queries/list-units.ts';
import { unitFigures } from '../queries/unit-figures.ts';
import { idParamsSchema, type UnitInput, unitSchema } from '../schemas.ts';
import { UnitFormPage, type UnitFormValues } from '../views/unit-form-page.tsx';
import { UnitsPage } from '../views/units-page.tsx';
import { fieldErrorsOf, unitFormValues } from './unit-form.ts';

type Form = { unitId: string | null; values: UnitFormValues; errors?: FieldErrors };

async function renderForm(context: AppContext, request: FastifyRequest, reply: FastifyReply, form: Form, status = 200) {
  const tree = await listUnitTree(context.db, request.organisation.id);
  return renderPage(context, request, reply, <UnitFormPage tree={tree} {...form} />, status);
}

/** Saves the posted form with `save`; on bad input shows the form again with 422. */
async function handlePost(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  unitId: string | null,
  save: (data: UnitInput) => Promise<unknown>,
) {
  const fields = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
  const values = unitFormValues(fields);
  const checked = check(unitSchema, fields);
  const errors = checked.ok ? await fieldErrorsOf(() => save(checked.data)) : checked.errors;
  if (errors) return renderForm(context, request, reply, { unitId, values, errors }, 422);
  setFlash(reply, unitId ? 'organisations.units.updated' : 'organisations.units.created');
  return reply.redirect(`/${request.locale}/admin/units`, 303);
}

/** The unit tree, and the pages that add and edit units. */
export function registerUnitRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/units', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const tree = await listUnitTree(context.db, request.organisation.id);
    return renderPage(context, request, reply, <UnitsPage tree={tree} figures={unitFigures(tree)} />);
  });

  page(app, 'GET', '/admin/units/new', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const query = request.query as Record<string, unknown>;
    const values = unitFormValues({ kind: query.kind === 'work_community' ? 'work_community' : 'unit', parentId: query.parent });
    return renderForm(context, request, reply, { unitId: null, values: { ...values, headcount: '0', position: '0' } });
  });

  page(app, 'POST', '/admin/units/new', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    return handlePost(context, request, reply, null, (data) => createUnit(context.db, request.identity.actor, data, context.clock.now()));
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
    return renderForm(context, request, reply, { unitId: id, values });
  });

  page(app, 'POST', '/admin/units/:id/edit', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.units.manage');
    const { id } = parse(idParamsSchema, request.params);
    found(await findUnit(context.db, request.organisation.id, id));
    return handlePost(context, request, reply, id, (data) => updateUnit(context.db, request.identity.actor, id, data, context.clock.now()));
  });
}
