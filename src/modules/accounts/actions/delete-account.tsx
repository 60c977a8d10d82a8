import { defineAction } from '../../../platform/actions/action.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { loadOwner } from '../account-owner.ts';
import { deleteAccount } from '../commands/delete-account.ts';
import { deleteAccountSchema } from '../schemas.ts';
import { clearSessionCookie } from '../sessions.ts';
import { DeleteAccountPage } from '../views/delete-account-page.tsx';

/** Deletes one's own account, confirmed with the password; the organisation's last admin is refused (409). */
export const deleteAccountAction = defineAction({
  name: 'accounts.account.delete',
  summary: 'Delete one’s own account',
  tag: 'accounts',
  input: deleteAccountSchema,
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  // The password is a guess a stolen session could repeat: keep it slow.
  rateLimit: { max: 10, timeWindow: '15 minutes' },
  run: ({ context, subject, input, now }) => deleteAccount(context.db, subject, input.password, now, context.personalData),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/account/delete',
    // A wrong password answers 422 at its field; the last admin 409, which the page explains instead.
    form: ({ context, request }, reply, { errors }, status) =>
      renderPage(context, request, reply, <DeleteAccountPage lastAdmin={status === 409} errors={status === 409 ? {} : errors} />, status),
    respond: ({ context, request, reply }) => {
      clearSessionCookie(context.config, reply);
      setFlash(reply, 'accounts.delete.done');
      return reply.redirect(`/${request.locale}/`, 303);
    },
  },
});
