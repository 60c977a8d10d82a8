import { confirmFollow } from '../commands/confirm-follow.ts';
import { defineLinkAction } from './link-action.tsx';

/** Uses a mailed confirmation link once: the follow by e-mail starts. */
export const confirmFollowAction = defineLinkAction({
  name: 'follows.subscription.confirm',
  summary: 'Confirm a follow by e-mail with the mailed link (single use)',
  link: 'confirm',
  run: (context, organisationId, token, now) => confirmFollow(context.db, organisationId, token, now),
  done: { titleKey: 'follows.confirm.doneTitle', messageKey: 'follows.confirm.done' },
});
