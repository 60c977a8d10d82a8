import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import type { UserSummary } from '../queries/list-users.ts';
import { PlacementPage } from '../views/placement-page.tsx';

/** The placement page of a user: the tree of units and work communities, the current (or typed) choice selected. */
export async function renderPlacementPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  user: UserSummary,
  form?: { unitId: string; errors: FieldErrors },
  status = form ? 422 : 200,
) {
  const units = flattenUnitTree(await listUnitTree(context.db, request.organisation.id));
  const page = <PlacementPage user={user} units={units} unitId={form ? form.unitId : (user.unitId ?? '')} errors={form?.errors} />;
  return renderPage(context, request, reply, page, status);
}

/** The placement form again after a refusal (an unknown unit at its field), with the choice as sent. */
export function placementFormAgain(
  call: LoadCall<unknown> & { subject: UserSummary },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const unitId = String(state.values.unitId ?? '');
  return renderPlacementPage(call.context, call.request, reply, call.subject, { unitId, errors: state.errors }, status);
}
