import { defineAction } from '../../../platform/actions/action.ts';
import { submitReport } from '../commands/submit-report.ts';
import { loadReportLink } from '../loaders.ts';
import { announceStatusChangesAfter } from '../objective-status-mail.ts';
import { reportInputSchema, reportParams } from '../schemas.ts';
import { renderReportPage } from './render-report-page.tsx';

/**
 * Whoever holds a reporter's mailed link sends the figures of that reporter's indicators in the
 * link's round, without a password: the link is the whole authority, for one round, until it expires
 * or the round closes (410).
 */
export const submitReportAction = defineAction({
  name: 'goals.report.submit',
  summary: 'Send a round’s figures from a reporter’s mailed link',
  tag: 'goals',
  params: reportParams,
  input: reportInputSchema,
  load: ({ context, request, params }) => loadReportLink(context, request.organisation.id, params.token),
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, request, subject, input, now }) =>
    submitReport(
      context.db,
      { organisationId: request.organisation.id, userId: subject.userId, processId: subject.process.id, roundId: subject.round.id },
      input,
      now,
    ),
  pageVersion: 'unchanged',
  // An objective whose status changed is announced to the voices behind its goal (trace mail).
  after: [(call) => announceStatusChangesAfter(call, call.subject.process).then(() => undefined)],
  page: {
    url: '/goals/report/:token',
    form: ({ context, request, params, subject }, reply, state, status) =>
      renderReportPage(context, request, reply, params.token, subject, state, status),
    done: ({ params }) => ({ to: `/goals/report/${params.token}`, flash: 'goals.report.saved' }),
  },
});
