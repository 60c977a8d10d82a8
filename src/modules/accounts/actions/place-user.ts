import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { placeUser } from '../commands/place-user.ts';
import { presentUser, userResponseSchema } from '../presenters.ts';
import { findUser } from '../queries/find-user.ts';
import { placementSchema } from '../schemas.ts';
import { placementFormAgain } from './placement-form.tsx';
import { loadUser, userIdParams } from './user-page.tsx';

/** Places a person in a unit or work community (or nowhere): the staff directory, by hand. */
export const placeUserAction = defineAction({
  name: 'accounts.user.place',
  summary: 'Places a user in a unit or work community (unitId), or nowhere (null)',
  tag: 'accounts',
  params: userIdParams,
  input: placementSchema,
  permission: 'accounts.users.manage',
  load: loadUser,
  run: ({ context, actor, subject, input }) =>
    placeUser(context, { organisationId: actor.organisationId, userId: subject.id, unitId: input.unitId, actorId: actor.userId }),
  // No cached public page shows where a person works.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PUT',
    url: '/users/:id/placement',
    response: userResponseSchema,
    present: async ({ context, actor, subject }) => {
      const user = await findUser(context.db, actor.organisationId, subject.id);
      if (!user) throw refuse.notFound();
      return presentUser(user);
    },
  },
  page: {
    url: '/admin/users/:id/placement',
    form: placementFormAgain,
    done: ({ subject }) => ({ to: `/admin/users/${encodeURIComponent(subject.id)}`, flash: 'accounts.placement.saved' }),
  },
});
