import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findProcessBySlug } from '../../processes/index.ts';
import { stopResponseMail } from '../commands/stop-response-mail.ts';
import { processParamsSchema } from '../schemas.ts';
import { UnsubscribePage } from '../views/unsubscribe-page.tsx';

/** A response mail's unsubscribe link in a path. */
export const unsubscribeParamsSchema = processParamsSchema.extend({ token: z.string().min(1).max(200) });

/**
 * Stops a person's response mails of one story by the link in such a mail: RFC 8058 one-click (no
 * session or CSRF token; the token is the authority), or the button of the link's page.
 */
export const stopResponseMailAction = defineAction({
  name: 'story.responseMail.stop',
  summary: 'Stop the e-mails about responses to one’s comments on a story (the mailed one-click link)',
  tag: 'story',
  params: unsubscribeParamsSchema,
  load: async ({ context, request, params }) => {
    const process = await findProcessBySlug(context.db, request.organisation.id, params.slug);
    if (!process) throw refuse.gone('story.unsubscribe.invalid');
    return process;
  },
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, request, subject, params, now }) => stopResponseMail(context.db, request.organisation.id, subject.id, params.token, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/processes/:slug/story/unsubscribe/:token', status: 204, access: 'public', errors: [410] },
  page: {
    url: '/processes/:slug/story/unsubscribe/:token',
    oneClick: true,
    respond: ({ context, request, reply, subject }) =>
      renderPage(context, request, reply, <UnsubscribePage process={subject} token={null} />),
  },
});
