import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { followAsUser } from '../commands/follow-as-user.ts';
import { loadFollowableProcess } from '../loaders.ts';
import { processParamsSchema } from '../schemas.ts';

/** The signed-in person follows a process with one button (confirmed at once: the account's address is known). */
export const followProcessAction = defineAction({
  name: 'follows.follow.create',
  summary: 'Follow a process (the signed-in account gets a daily digest of what happens in it)',
  tag: 'follows',
  params: processParamsSchema,
  permission: 'follows.follow.own',
  load: ({ context, actor, params }) => loadFollowableProcess(context, actor, params.slug),
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: async ({ context, request, subject, now }) => {
    const user = request.identity.user;
    if (!user) throw refuse.forbidden();
    await followAsUser(context.db, request.organisation.id, user, subject.id, now);
  },
  // Nothing cached shows who follows: the follow page is read afresh.
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/processes/:slug/follow', status: 204, response: z.undefined() },
  page: {
    url: '/processes/:slug/follow',
    done: ({ subject }) => ({ to: `/processes/${subject.slug}/follow`, flash: 'follows.follow.created' }),
  },
});
