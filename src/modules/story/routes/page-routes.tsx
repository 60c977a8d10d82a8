import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { renderVersionForm } from '../actions/version-form.tsx';
import { alignBlocks } from '../diff.ts';
import { loadEditedStory, loadVisibleStory, loadVisibleVersion } from '../loaders.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { diffQuerySchema, processParamsSchema, versionParamsSchema } from '../schemas.ts';
import { DiffPage } from '../views/diff-page.tsx';
import { StoryPage } from '../views/story-page.tsx';
import { VersionsPage } from '../views/versions-page.tsx';

/** Path parameters that cannot name anything answer 404, as an unknown version does. */
function pathOf<Schema extends z.ZodType>(schema: Schema, params: unknown): z.output<Schema> {
  const result = schema.safeParse(params);
  if (!result.success) throw notFound();
  return result.data;
}

/** The story's pages: reading, the versions, one version, a comparison and the editor's form (which posts to `createVersionAction`). */
export function registerStoryPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/story', async (request, reply) => {
    const { slug } = pathOf(processParamsSchema, request.params);
    const actor = request.identity.actor;
    const story = await loadVisibleStory(context, actor, slug);
    const version = story.versions.at(-1) ?? null;
    const blocks = version ? await listBlocks(context.db, actor.organisationId, version.id) : [];
    return renderPage(context, request, reply, <StoryPage process={story.process} version={version} blocks={blocks} edits={story.edits} />);
  });

  page(app, 'GET', '/processes/:slug/story/versions', async (request, reply) => {
    const { slug } = pathOf(processParamsSchema, request.params);
    const story = await loadVisibleStory(context, request.identity.actor, slug);
    return renderPage(context, request, reply, <VersionsPage process={story.process} versions={story.versions} edits={story.edits} />);
  });

  page(app, 'GET', '/processes/:slug/story/versions/new', async (request, reply) => {
    const { slug } = pathOf(processParamsSchema, request.params);
    const actor = request.identity.actor;
    const story = await loadEditedStory(context, actor, slug);
    return renderVersionForm({ context, request, actor }, reply, story);
  });

  page(app, 'GET', '/processes/:slug/story/versions/:number', async (request, reply) => {
    const params = pathOf(versionParamsSchema, request.params);
    const loaded = await loadVisibleVersion(context, request.identity.actor, params.slug, params.number);
    return renderPage(
      context,
      request,
      reply,
      <StoryPage
        process={loaded.process}
        version={loaded.version}
        blocks={loaded.blocks}
        edits={loaded.edits && loaded.version.number === loaded.versions.at(-1)?.number}
        heading={context.translator.t(request.locale, 'story.version.name', { number: loaded.version.number })}
      />,
    );
  });

  page(app, 'GET', '/processes/:slug/story/diff', async (request, reply) => {
    const { slug } = pathOf(processParamsSchema, request.params);
    const query = parse(diffQuerySchema, request.query);
    const actor = request.identity.actor;
    const from = await loadVisibleVersion(context, actor, slug, query.from);
    const to = await loadVisibleVersion(context, actor, slug, query.to);
    const changes = alignBlocks(from.blocks, to.blocks);
    return renderPage(context, request, reply, <DiffPage process={from.process} from={query.from} to={query.to} changes={changes} />);
  });
}
