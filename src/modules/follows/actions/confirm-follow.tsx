import { defineAction } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findProcessById } from '../../processes/index.ts';
import { confirmFollow } from '../commands/confirm-follow.ts';
import { tokenParamsSchema } from '../schemas.ts';
import { DonePage } from '../views/link-pages.tsx';

/** Uses a mailed confirmation link once: the follow by e-mail starts. */
export const confirmFollowAction = defineAction({
  name: 'follows.subscription.confirm',
  summary: 'Confirm a follow by e-mail with the mailed link (single use)',
  tag: 'follows',
  params: tokenParamsSchema,
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, request, params, now }) => confirmFollow(context.db, request.organisation.id, params.token, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/follows/confirm/:token', status: 204, access: 'public', errors: [410] },
  page: {
    url: '/follows/confirm/:token',
    respond: async ({ context, request, reply }, result) => {
      const process = await findProcessById(context.db, request.organisation.id, result.processId);
      return renderPage(
        context,
        request,
        reply,
        <DonePage titleKey="follows.confirm.doneTitle" messageKey="follows.confirm.done" process={process} />,
      );
    },
  },
});
