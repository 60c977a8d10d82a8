import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { setCommentPeriod } from '../commands/set-comment-period.ts';
import { withUtcTimes } from '../comment-period-times.ts';
import { loadVisibleVersion } from '../loaders.ts';
import { commentPeriodInputSchema, versionParamsSchema } from '../schemas.ts';
import { versionPageAgain } from './version-page.tsx';

/** Puts a version out for comments for a period and an audience (or changes them): the version page's form, or PUT …/comment-period. */
export const scheduleCommentsAction = defineAction({
  name: 'story.version.schedule',
  summary: 'Put a version of the story out for comments: phase, opening, closing and audience',
  tag: 'story',
  params: versionParamsSchema,
  input: commentPeriodInputSchema,
  load: ({ context, actor, params }) => loadVisibleVersion(context, actor, params.slug, params.number),
  authorize: { permission: 'story.story.edit', resource: ({ subject }) => subject.process },
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, request, actor, subject, input, now }) =>
    setCommentPeriod(context.db, actor, subject.version, withUtcTimes(input, request.organisation.timeZone), now),
  // The process page's hub lists an open comment period.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'PUT', access: 'signed-in', url: '/processes/:slug/story/versions/:number/comment-period', status: 204, errors: [409] },
  page: {
    url: '/processes/:slug/story/versions/:number/comment-period',
    form: versionPageAgain,
    done: ({ params }) => ({ to: `/processes/${params.slug}/story/versions/${params.number}`, flash: 'story.period.saved' }),
  },
});
