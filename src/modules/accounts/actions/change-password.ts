import { defineAction } from '../../../platform/actions/action.ts';
import { loadOwner } from '../account-owner.ts';
import { changePassword } from '../commands/change-password.ts';
import { changePasswordSchema } from '../schemas.ts';
import { renderAccountPage } from './account-page.tsx';

/** Changes one's own password, given the current one. */
export const changePasswordAction = defineAction({
  name: 'accounts.password.change',
  summary: 'Change one’s own password',
  tag: 'accounts',
  input: changePasswordSchema,
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  // Checking the current password is a guess a stolen session could repeat: keep it slow.
  rateLimit: { max: 10, timeWindow: '15 minutes' },
  run: ({ context, subject, input, now }) => changePassword(context.db, subject, input, now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/account/password',
    form: ({ context, request, subject }, reply, { errors }, status) =>
      renderAccountPage(context, request, reply, subject, { passwordErrors: errors }, status),
    refusalField: 'currentPassword',
    done: () => ({ to: '/account', flash: 'accounts.password.changed' }),
  },
});
