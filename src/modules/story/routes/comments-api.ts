import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../platform/module.ts';
import { loadVisibleStory } from '../loaders.ts';
import { listCommentsOfVersions } from '../queries/list-comments.ts';
import { listResponses } from '../queries/list-responses.ts';
import { processParamsSchema } from '../schemas.ts';
import { RESPONSE_OUTCOMES } from '../tables.ts';

const localizedSchema = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** The published comments of a story's readable versions, each with its published response. */
export const commentsResponseSchema = z.object({
  comments: z.array(
    z.object({
      id: z.string(),
      versionNumber: z.number().int(),
      blockKey: z.string(),
      passage: z.string().nullable(),
      body: z.string(),
      language: z.string(),
      createdAt: z.string(),
      response: z
        .object({
          outcome: z.enum(RESPONSE_OUTCOMES),
          text: localizedSchema,
          changedBlockKey: z.string().nullable(),
          publishedAt: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});

/** GET …/story/comments: every published comment the caller may read, with its published response (no author). */
export function registerStoryCommentsApi(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/story/comments',
    summary: 'The published comments on a process’s story, each with its version, paragraph and published official response',
    tag: 'story',
    params: processParamsSchema,
    response: commentsResponseSchema,
    handler: async ({ params, request }) => {
      const actor = request.identity.actor;
      const story = await loadVisibleStory(context, actor, params.slug);
      const ids = story.versions.map((version) => version.id);
      const numbers = new Map(story.versions.map((version) => [version.id, version.number]));
      const [comments, responses] = await Promise.all([
        listCommentsOfVersions(context.db, actor.organisationId, ids),
        listResponses(context.db, actor.organisationId, ids, false),
      ]);
      return {
        comments: comments.map((comment) => {
          const response = comment.responseId ? responses.get(comment.responseId) : undefined;
          return {
            id: comment.id,
            versionNumber: numbers.get(comment.versionId) ?? 0,
            blockKey: comment.blockKey,
            passage: comment.passage,
            body: comment.body,
            language: comment.language,
            createdAt: comment.createdAt,
            response: response
              ? {
                  outcome: response.outcome,
                  text: response.text,
                  changedBlockKey: response.changedBlockKey,
                  publishedAt: response.publishedAt,
                }
              : null,
          };
        }),
      };
    },
  });
}
