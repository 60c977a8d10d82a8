import { defineAction } from '../../../platform/actions/action.ts';
import { loadOwner } from '../account-owner.ts';
import { endOtherSessions } from '../commands/end-other-sessions.ts';

/** Signs one out everywhere else: every session but this one ends. */
export const endOtherSessionsAction = defineAction({
  name: 'accounts.session.endOthers',
  summary: 'End one’s other sessions',
  tag: 'accounts',
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  run: ({ context, subject, now }) => endOtherSessions(context.db, subject, now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/account/sessions/end-others',
    done: () => ({ to: '/account', flash: 'accounts.sessions.endedOthers' }),
  },
});
