import { type ActionCall, defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { deactivateUser, reactivateUser } from '../commands/deactivate-user.ts';
import { presentUser, userResponseSchema } from '../presenters.ts';
import { findUser } from '../queries/find-user.ts';
import type { UserSummary } from '../queries/list-users.ts';
import { loadUser, userIdParams } from './user-page.tsx';

/** The user as they are now (the API's answer to a change of their status). */
async function presentUserNow({ context, actor, subject }: ActionCall<{ id: string }, UserSummary, unknown>) {
  const user = await findUser(context.db, actor.organisationId, subject.id);
  if (!user) throw refuse.notFound();
  return presentUser(user);
}

const presentAgain = { response: userResponseSchema, present: presentUserNow, errors: [409] as const };

/** Deactivates a person who left: no sign-in, sessions and tokens stop, their data stays. */
export const deactivateUserAction = defineAction({
  name: 'accounts.user.deactivate',
  summary: 'Deactivates a user: they cannot sign in, their sessions and API tokens stop working; nothing is deleted',
  tag: 'accounts',
  params: userIdParams,
  permission: 'accounts.users.manage',
  load: loadUser,
  run: ({ context, actor, subject }) =>
    deactivateUser(context, { organisationId: actor.organisationId, userId: subject.id, actorId: actor.userId }),
  // The organisation chart (a cached page) names no deactivated person.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'POST', url: '/users/:id/deactivate', ...presentAgain },
  page: {
    url: '/admin/users/:id/deactivate',
    done: ({ subject }) => ({ to: `/admin/users/${encodeURIComponent(subject.id)}`, flash: 'accounts.status.deactivated' }),
  },
});

/** Lets a deactivated person sign in again. */
export const reactivateUserAction = defineAction({
  name: 'accounts.user.reactivate',
  summary: 'Reactivates a deactivated user: they can sign in again',
  tag: 'accounts',
  params: userIdParams,
  permission: 'accounts.users.manage',
  load: loadUser,
  run: ({ context, actor, subject }) =>
    reactivateUser(context, { organisationId: actor.organisationId, userId: subject.id, actorId: actor.userId }),
  // The organisation chart names the person again where it did before.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'POST', url: '/users/:id/reactivate', ...presentAgain },
  page: {
    url: '/admin/users/:id/reactivate',
    done: ({ subject }) => ({ to: `/admin/users/${encodeURIComponent(subject.id)}`, flash: 'accounts.status.reactivated' }),
  },
});
