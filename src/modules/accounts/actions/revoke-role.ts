import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { revokeRole } from '../commands/revoke-role.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';
import { loadUser } from './user-page.tsx';

/** Removes one of a user's grants from their admin page; a grant of anyone else answers 404. */
export const revokeRoleAction = defineAction({
  name: 'accounts.role.revoke',
  summary: 'Revokes one of a user’s role grants',
  tag: 'accounts',
  params: z.object({ id: z.string().max(ACCOUNT_LIMITS.idMax), grantId: z.string().max(ACCOUNT_LIMITS.idMax) }),
  permission: 'accounts.users.manage',
  load: loadUser,
  run: ({ context, actor, subject, params, now }) => revokeRole(context.db, actor, subject.id, params.grantId, now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/admin/users/:id/roles/:grantId/revoke',
    done: ({ subject }) => ({ to: `/admin/users/${encodeURIComponent(subject.id)}`, flash: 'accounts.roles.revoked' }),
  },
});
