import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { createVersion } from '../commands/create-version.ts';
import { loadVisibleStory } from '../loaders.ts';
import { processParamsSchema, versionInputSchema } from '../schemas.ts';
import { versionFormAgain } from './version-form.tsx';

/** Saves the next version of a process's story: the editor's form, or POST /api/v1/processes/{slug}/story/versions. */
export const createVersionAction = defineAction({
  name: 'story.version.create',
  summary: 'Save the next version of a process’s story (refused with 409 when written on an older version)',
  tag: 'story',
  params: processParamsSchema,
  input: versionInputSchema,
  load: ({ context, actor, params }) => loadVisibleStory(context, actor, params.slug),
  authorize: { permission: 'story.story.edit', resource: ({ subject }) => subject.process },
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => createVersion(context.db, actor, subject.process, input, now),
  // A new version is a draft, which no cached page shows; putting it out for comments moves the page version.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    access: 'signed-in',
    url: '/processes/:slug/story/versions',
    status: 201,
    response: z.object({ number: z.number().int() }),
    present: (_call, result) => result,
    errors: [409],
  },
  page: {
    url: '/processes/:slug/story/versions',
    form: versionFormAgain,
    refusalField: '_',
    done: ({ params }, result) => ({ to: `/processes/${params.slug}/story/versions/${result.number}`, flash: 'story.version.saved' }),
  },
});
