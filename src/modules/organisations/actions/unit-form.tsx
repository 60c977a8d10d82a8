import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listUnitTree } from '../queries/list-units.ts';
import { UnitFormPage, type UnitFormValues } from '../views/unit-form-page.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The unit form's fields as they were sent, to show again beside the errors. */
export function unitFormValues(fields: Record<string, unknown>): UnitFormValues {
  const name = (typeof fields.name === 'object' && fields.name !== null ? fields.name : {}) as Record<string, unknown>;
  return {
    kind: text(fields.kind),
    parentId: text(fields.parentId),
    name: { fi: text(name.fi), sv: text(name.sv), en: text(name.en) },
    headcount: text(fields.headcount),
    position: text(fields.position),
  };
}

/** The page that adds (`unitId` null) or edits a unit, beside the tree it goes in. */
export async function renderUnitForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  form: { unitId: string | null; values: UnitFormValues; errors?: FieldErrors },
  status = 200,
) {
  const tree = await listUnitTree(context.db, request.organisation.id);
  return renderPage(context, request, reply, <UnitFormPage tree={tree} {...form} />, status);
}

/** The unit form again after a refusal (422: a bad field, a cycle, an unknown parent), with what was typed. */
export function unitFormAgain(unitId: (call: LoadCall<unknown>) => string | null) {
  return (call: LoadCall<unknown>, reply: FastifyReply, state: FormState, status: number) =>
    renderUnitForm(
      call.context,
      call.request,
      reply,
      { unitId: unitId(call), values: unitFormValues(state.values), errors: state.errors },
      status,
    );
}
