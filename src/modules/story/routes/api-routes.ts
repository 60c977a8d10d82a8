import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { listBodies } from '../../processes/index.ts';
import { loadVisibleStory, loadVisibleVersion } from '../loaders.ts';
import {
  decisionsResponseSchema,
  presentDecision,
  presentVersion,
  presentVersionSummary,
  storyResponseSchema,
  versionResponseSchema,
} from '../presenters.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { listDecisions } from '../queries/list-decisions.ts';
import { processParamsSchema, versionParamsSchema } from '../schemas.ts';

/** The API's reads of a process's story; the writes are the module's actions. */
export function registerStoryApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/story',
    summary: 'A process’s story: its versions and the newest one’s text',
    tag: 'story',
    params: processParamsSchema,
    response: storyResponseSchema,
    handler: async ({ params, request }) => {
      const actor = request.identity.actor;
      const story = await loadVisibleStory(context, actor, params.slug);
      const current = story.versions.at(-1);
      return {
        versions: story.versions.map(presentVersionSummary),
        current: current ? presentVersion(current, await listBlocks(context.db, actor.organisationId, current.id)) : null,
      };
    },
  });
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/story/versions/:number',
    summary: 'One version of a process’s story with its text',
    tag: 'story',
    params: versionParamsSchema,
    response: versionResponseSchema,
    handler: async ({ params, request }) => {
      const loaded = await loadVisibleVersion(context, request.identity.actor, params.slug, params.number);
      return presentVersion(loaded.version, loaded.blocks);
    },
  });
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/decisions',
    summary: 'The bodies’ decisions on a process’s story: body, meeting, section, decision, vote, minutes and the version approved',
    tag: 'story',
    params: processParamsSchema,
    response: decisionsResponseSchema,
    handler: async ({ params, request }) => {
      const actor = request.identity.actor;
      const story = await loadVisibleStory(context, actor, params.slug);
      const [decisions, bodies] = await Promise.all([
        listDecisions(context.db, actor.organisationId, story.process.id),
        listBodies(context.db, actor.organisationId, story.process.id),
      ]);
      const numbers = new Map(story.versions.map((version) => [version.id, version.number]));
      const names = new Map(bodies.map((body) => [body.id, body.name]));
      return {
        decisions: decisions.flatMap((decision) => {
          const number = numbers.get(decision.versionId);
          return number === undefined ? [] : [presentDecision(decision, number, names.get(decision.bodyId) ?? { fi: '' })];
        }),
      };
    },
  });
}
