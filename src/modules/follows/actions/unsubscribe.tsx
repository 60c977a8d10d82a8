import { unsubscribe } from '../commands/unsubscribe.ts';
import { defineLinkAction } from './link-action.tsx';

/**
 * Stops a follow by its mailed link: RFC 8058 one-click (a mail client's POST with no session
 * or CSRF token; the link's token is the authority) and the button of the link's page alike.
 * The follow's row is deleted, so a follower by e-mail is erased by unsubscribing.
 */
export const unsubscribeAction = defineLinkAction({
  name: 'follows.subscription.unsubscribe',
  summary: 'Stop following with a mailed unsubscribe link (RFC 8058 one-click)',
  link: 'unsubscribe',
  run: (context, organisationId, token, now) => unsubscribe(context.db, organisationId, token, now),
  done: { titleKey: 'follows.unsubscribe.doneTitle', messageKey: 'follows.unsubscribe.done' },
  oneClick: true,
});
