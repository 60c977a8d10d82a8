import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listProcessOptions } from '../../processes/index.ts';
import { findUser } from '../queries/find-user.ts';
import { listScopeNames } from '../queries/list-scope-names.ts';
import type { UserSummary } from '../queries/list-users.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';
import { findTwoFactorState } from '../two-factor/policy.ts';
import { AdminUserPage } from '../views/admin-user-page.tsx';
import type { GrantFormValues } from '../views/grant-role-form.tsx';

/** The path of a user's admin page. */
export const userIdParams = z.object({ id: z.string().max(ACCOUNT_LIMITS.idMax) });

/** The user a path names, or a not-found refusal when they are unknown or another organisation's. */
export async function loadUser({ context, request, params }: LoadCall<{ id: string }>): Promise<UserSummary> {
  const user = await findUser(context.db, request.organisation.id, params.id);
  if (!user) throw refuse.notFound();
  return user;
}

/** A user's admin page: their grants and the form to add one (422 with the grant form's values and errors). */
export async function renderUserPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  user: UserSummary,
  form?: { values: GrantFormValues; errors: FieldErrors },
  status = form ? 422 : 200,
) {
  const organisationId = request.organisation.id;
  const scopeNames = await listScopeNames(context.db, organisationId, user.grants);
  const units = flattenUnitTree(await listUnitTree(context.db, organisationId));
  const processes = await listProcessOptions(context.db, organisationId);
  const twoFactorOn = (await findTwoFactorState(context.db, organisationId, user.id)).status === 'on';
  const page = (
    <AdminUserPage user={user} scopeNames={scopeNames} units={units} processes={processes} form={form} twoFactorOn={twoFactorOn} />
  );
  return renderPage(context, request, reply, page, status);
}

/** The user page again after a refused grant (422 for the form, 409 for one grant too many or the last admin), with the grant form as it was sent. */
export function grantFormAgain(call: LoadCall<unknown> & { subject: UserSummary }, reply: FastifyReply, state: FormState, status: number) {
  const values = Object.fromEntries(['role', 'scopeType', 'unitId', 'processSlug'].map((name) => [name, String(state.values[name] ?? '')]));
  return renderUserPage(call.context, call.request, reply, call.subject, { values, errors: state.errors }, status);
}
