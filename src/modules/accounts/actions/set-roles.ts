import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { setUserRoles } from '../commands/set-user-roles.ts';
import { presentUser, userResponseSchema } from '../presenters.ts';
import { findUser } from '../queries/find-user.ts';
import { setRolesSchema } from '../schemas.ts';
import { userIdParams } from './user-page.tsx';

/** Replaces a user's role grants through the API (each change is audited; the last admin keeps org_admin). */
export const setRolesAction = defineAction({
  name: 'accounts.role.set',
  summary: 'Replaces a user’s role grants (each change is audited; the last admin keeps org_admin)',
  tag: 'accounts',
  params: userIdParams,
  input: setRolesSchema,
  permission: 'accounts.users.manage',
  run: ({ context, actor, params, input, now }) => setUserRoles(context.db, actor, params.id, input.grants, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PUT',
    url: '/users/:id/roles',
    response: userResponseSchema,
    present: async ({ context, actor, params }) => {
      const user = await findUser(context.db, actor.organisationId, params.id);
      if (!user) throw refuse.notFound();
      return presentUser(user);
    },
    errors: [409],
  },
});
