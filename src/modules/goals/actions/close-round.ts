import { defineAction } from '../../../platform/actions/action.ts';
import { closeRound } from '../commands/close-round.ts';
import { loadRound } from '../loaders.ts';
import { roundParams } from '../schemas.ts';

/** The coordinator closes a round: its figures freeze and its mailed links stop; the page shows who did not report. */
export const closeRoundAction = defineAction({
  name: 'goals.round.close',
  summary: 'Close a reporting round: its figures freeze and its mailed links stop working',
  tag: 'goals',
  permission: 'goals.admin.list',
  params: roundParams,
  load: ({ context, request, params }) => loadRound(context, request, params.roundId),
  authorize: { permission: 'goals.round.manage', resource: ({ subject }) => subject.process },
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => closeRound(context.db, actor.organisationId, actor.userId, subject.round.id, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/goals/rounds/:roundId/close', status: 204, errors: [409] },
  page: {
    url: '/admin/goals/rounds/:roundId/close',
    done: ({ subject }) => ({ to: `/admin/goals/processes/${subject.process.id}`, flash: 'goals.round.closed' }),
  },
});
