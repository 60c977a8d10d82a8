import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { loadOwner } from '../account-owner.ts';
import { revokeApiToken } from '../commands/revoke-api-token.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

/** Revokes one of one's own API tokens at once; anyone else's answers 404 like an unknown one. */
export const revokeTokenAction = defineAction({
  name: 'accounts.token.revoke',
  summary: 'Revokes one of the signed-in user’s API tokens',
  tag: 'accounts',
  params: z.object({ id: z.string().max(ACCOUNT_LIMITS.idMax) }),
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  run: ({ context, subject, params, now }) => revokeApiToken(context.db, subject, params.id, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'DELETE', url: '/me/tokens/:id' },
  page: {
    url: '/account/tokens/:id/revoke',
    done: () => ({ to: '/account', flash: 'accounts.tokens.revoked' }),
  },
});
