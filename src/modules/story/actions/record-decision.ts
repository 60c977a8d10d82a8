import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { recordDecision } from '../commands/record-decision.ts';
import { decisionInputSchema, versionParamsSchema } from '../schemas.ts';
import { decisionFormAgain, loadVersionToDecide } from './decision-form.tsx';

/** Records a body's decision on a version, which freezes it: the decision form, or POST …/versions/{number}/decision. */
export const recordDecisionAction = defineAction({
  name: 'story.decision.record',
  summary:
    'Record a body’s decision on a version of the story (the body, meeting, section, decision, vote, minutes); the version is frozen',
  tag: 'story',
  params: versionParamsSchema,
  input: decisionInputSchema,
  load: ({ context, actor, params }) => loadVersionToDecide(context, actor, params.slug, params.number, false),
  authorize: { permission: 'story.decision.record', resource: ({ subject }) => subject.process },
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => recordDecision(context.db, actor, subject.version, input, now),
  // The process page's hub shows the approved story instead of its comment period.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'POST',
    access: 'signed-in',
    url: '/processes/:slug/story/versions/:number/decision',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
    errors: [409],
  },
  page: {
    url: '/processes/:slug/story/versions/:number/decision',
    form: decisionFormAgain,
    refusalField: '_',
    done: ({ params }) => ({ to: `/processes/${params.slug}/story`, flash: 'story.decision.saved' }),
  },
});
