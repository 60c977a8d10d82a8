import { defineAction } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { unsubscribe } from '../commands/unsubscribe.ts';
import { tokenParamsSchema } from '../schemas.ts';
import { DonePage } from '../views/link-pages.tsx';

/**
 * Stops a follow by its mailed link: RFC 8058 one-click (a mail client's POST with no session
 * or CSRF token; the link's token is the authority) and the button of the link's page alike.
 * The follow's row is deleted, so a follower by e-mail is erased by unsubscribing.
 */
export const unsubscribeAction = defineAction({
  name: 'follows.subscription.unsubscribe',
  summary: 'Stop following with a mailed unsubscribe link (RFC 8058 one-click)',
  tag: 'follows',
  params: tokenParamsSchema,
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, request, params, now }) => unsubscribe(context.db, request.organisation.id, params.token, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/follows/unsubscribe/:token', status: 204, access: 'public', errors: [410] },
  page: {
    url: '/follows/unsubscribe/:token',
    oneClick: true,
    respond: ({ context, request, reply }) =>
      renderPage(context, request, reply, <DonePage titleKey="follows.unsubscribe.doneTitle" messageKey="follows.unsubscribe.done" />),
  },
});
