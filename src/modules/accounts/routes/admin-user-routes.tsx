import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { type FieldErrors, notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { type Checked, check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { findUnit, flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { findProcessBySlug, listProcessOptions } from '../../processes/index.ts';
import { grantRole } from '../commands/grant-role.ts';
import { revokeRole } from '../commands/revoke-role.ts';
import { findUser } from '../queries/find-user.ts';
import { listScopeNames } from '../queries/list-scope-names.ts';
import { listUsers } from '../queries/list-users.ts';
import { type RoleGrantInput, roleGrantFormSchema, userSearchSchema } from '../schemas.ts';
import { AdminUserPage } from '../views/admin-user-page.tsx';
import { AdminUsersPage } from '../views/admin-users-page.tsx';
import type { GrantFormValues } from '../views/grant-role-form.tsx';

const MANAGE = 'accounts.users.manage';

async function showUsers(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  authorize(context.authorizer, request, MANAGE);
  const checked = check(userSearchSchema, request.query ?? {});
  const search = checked.ok ? checked.data : { q: '', after: undefined };
  const result = await listUsers(context.db, request.organisation.id, { search: search.q, after: search.after });
  const scopeNames = await listScopeNames(
    context.db,
    request.organisation.id,
    result.items.flatMap((user) => user.grants),
  );
  const props = { search: search.q, users: result.items, total: result.total, nextCursor: result.nextCursor, scopeNames };
  return renderPage(context, request, reply, <AdminUsersPage {...props} isFirstPage={!search.after} />);
}

async function showUser(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  form?: { values: GrantFormValues; errors: FieldErrors },
) {
  const organisationId = request.organisation.id;
  const user = await findUser(context.db, organisationId, (request.params as { id: string }).id);
  if (!user) throw notFound();
  const scopeNames = await listScopeNames(context.db, organisationId, user.grants);
  const units = flattenUnitTree(await listUnitTree(context.db, organisationId));
  const processes = await listProcessOptions(context.db, organisationId);
  const page = <AdminUserPage user={user} scopeNames={scopeNames} units={units} processes={processes} form={form} />;
  return renderPage(context, request, reply, page, form ? 422 : 200);
}

/** Turns the form's unit or process choice into a scope id; an unknown one is a field error. */
async function grantOfForm(context: AppContext, organisationId: string, body: Record<string, unknown>): Promise<Checked<RoleGrantInput>> {
  const checked = check(roleGrantFormSchema, body);
  if (!checked.ok) return checked;
  const { role, scopeType, unitId, processSlug } = checked.data;
  if (scopeType === 'unit') {
    const unit = await findUnit(context.db, organisationId, unitId);
    if (!unit) return { ok: false, errors: { unitId: { key: 'accounts.roles.unknownScope' } } };
    return { ok: true, data: { role, scopeType, scopeId: unit.id } };
  }
  if (scopeType === 'process') {
    const process = await findProcessBySlug(context.db, organisationId, processSlug);
    if (!process) return { ok: false, errors: { processSlug: { key: 'accounts.roles.unknownProcess' } } };
    return { ok: true, data: { role, scopeType, scopeId: process.id } };
  }
  return { ok: true, data: { role, scopeType, scopeId: '' } };
}

async function addGrant(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  authorize(context.authorizer, request, MANAGE);
  const { id } = request.params as { id: string };
  const body = (request.body ?? {}) as Record<string, unknown>;
  const grant = await grantOfForm(context, request.organisation.id, body);
  if (!grant.ok) {
    const values = Object.fromEntries(['role', 'scopeType', 'unitId', 'processSlug'].map((name) => [name, String(body[name] ?? '')]));
    return showUser(context, request, reply, { values, errors: grant.errors });
  }
  await grantRole(context.db, request.identity.actor, id, grant.data, context.clock.now());
  setFlash(reply, 'accounts.roles.granted');
  return reply.redirect(`/${request.locale}/admin/users/${encodeURIComponent(id)}`, 303);
}

/** The admin's user list and each user's roles. */
export function registerAdminUserRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/users', (request, reply) => showUsers(context, request, reply));
  page(app, 'GET', '/admin/users/:id', (request, reply) => {
    authorize(context.authorizer, request, MANAGE);
    return showUser(context, request, reply);
  });
  page(app, 'POST', '/admin/users/:id/roles', (request, reply) => addGrant(context, request, reply));
  page(app, 'POST', '/admin/users/:id/roles/:grantId/revoke', async (request, reply) => {
    authorize(context.authorizer, request, MANAGE);
    const { id, grantId } = request.params as { id: string; grantId: string };
    await revokeRole(context.db, request.identity.actor, id, grantId, context.clock.now());
    setFlash(reply, 'accounts.roles.revoked');
    return reply.redirect(`/${request.locale}/admin/users/${encodeURIComponent(id)}`, 303);
  });
}
