import { defineAction } from '../../../platform/actions/action.ts';
import { openRound } from '../commands/open-round.ts';
import { loadRound } from '../loaders.ts';
import { mailReportLinks, requestMailSetting } from '../report-mail.ts';
import { roundParams } from '../schemas.ts';

/**
 * The coordinator opens a round for reporting: each reporter gets a mailed link that opens exactly
 * their indicators' form, without a password. Opening again sends new links (the old ones stop).
 */
export const openRoundAction = defineAction({
  name: 'goals.round.open',
  summary: 'Open a reporting round and mail each reporter a personal link to their indicators’ form',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: roundParams,
  load: ({ context, request, params }) => loadRound(context, request, params.roundId),
  authorize: { permission: 'goals.round.manage', resource: ({ subject }) => subject.process },
  rateLimit: { max: 10, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => openRound(context, actor, subject.round, now),
  pageVersion: 'unchanged',
  // The mails go after the commit: a failed mail never undoes the links.
  after: [({ context, request, subject }, links) => mailReportLinks(context, requestMailSetting(context, request), subject, links)],
  api: { method: 'POST', url: '/goals/rounds/:roundId/open', status: 204, errors: [409] },
  page: {
    url: '/admin/goals/rounds/:roundId/open',
    done: ({ subject }) => ({ to: `/admin/goals/processes/${subject.process.id}`, flash: 'goals.round.opened' }),
  },
});
