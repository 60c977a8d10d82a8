import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { renderPlacementPage } from '../actions/placement-form.tsx';
import { loadUser, renderUserPage } from '../actions/user-page.tsx';
import { listScopeNames } from '../queries/list-scope-names.ts';
import { listUsers } from '../queries/list-users.ts';
import { userSearchSchema } from '../schemas.ts';
import { AdminUsersPage } from '../views/admin-users-page.tsx';

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

/** The admin's user list and each user's roles (granted and revoked by the `accounts.role.*` actions). */
export function registerAdminUserRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/users', (request, reply) => showUsers(context, request, reply));
  page(app, 'GET', '/admin/users/:id', async (request, reply) => {
    authorize(context.authorizer, request, MANAGE);
    const { id } = request.params as { id: string };
    const user = await loadUser({
      context,
      request,
      reply,
      params: { id },
      actor: request.identity.actor,
      now: context.clock.now(),
      surface: 'page',
    });
    return renderUserPage(context, request, reply, user);
  });
  page(app, 'GET', '/admin/users/:id/placement', async (request, reply) => {
    authorize(context.authorizer, request, MANAGE);
    const { id } = request.params as { id: string };
    const user = await loadUser({
      context,
      request,
      reply,
      params: { id },
      actor: request.identity.actor,
      now: context.clock.now(),
      surface: 'page',
    });
    return renderPlacementPage(context, request, reply, user);
  });
}
