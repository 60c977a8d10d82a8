import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { unfollowAsUser } from '../commands/unfollow-as-user.ts';
import { loadFollowableProcess } from '../loaders.ts';
import { processParamsSchema } from '../schemas.ts';

/** The signed-in person stops following a process (the row is deleted). */
export const unfollowProcessAction = defineAction({
  name: 'follows.follow.delete',
  summary: 'Stop following a process',
  tag: 'follows',
  params: processParamsSchema,
  permission: 'follows.follow.own',
  load: ({ context, actor, params }) => loadFollowableProcess(context, actor, params.slug),
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => unfollowAsUser(context.db, actor.organisationId, actor.userId ?? '', subject.id, now),
  // Nothing cached shows who follows: the follow page is read afresh.
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'DELETE', url: '/processes/:slug/follow', status: 204, response: z.undefined() },
  page: {
    url: '/processes/:slug/unfollow',
    done: ({ subject }) => ({ to: `/processes/${subject.slug}/follow`, flash: 'follows.follow.deleted' }),
  },
});
