import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findProcessBySlug } from '../../processes/index.ts';
import { renderCommentForm } from '../actions/comment-form.tsx';
import { loadVersionToDecide, renderDecisionForm } from '../actions/decision-form.tsx';
import { loadLinkedVersion, renderSeminarLinks } from '../actions/link-seminar-outcome.tsx';
import { loadRespondedStory, renderResponsesPage } from '../actions/responses-form.tsx';
import { unsubscribeParamsSchema } from '../actions/stop-response-mail.tsx';
import { renderVersionForm } from '../actions/version-form.tsx';
import { renderVersionPage } from '../actions/version-page.tsx';
import { loadCommentableStory } from '../comment-access.ts';
import { alignBlocks } from '../diff.ts';
import { loadEditedStory, loadVisibleStory, loadVisibleVersion } from '../loaders.ts';
import { commentFormQuerySchema, diffQuerySchema, processParamsSchema, readingQuerySchema, versionParamsSchema } from '../schemas.ts';
import { DiffPage } from '../views/diff-page.tsx';
import { UnsubscribePage } from '../views/unsubscribe-page.tsx';
import { VersionsPage } from '../views/versions-page.tsx';
import { renderReadingPage } from './reading-page.tsx';

/** Path parameters that cannot name anything answer 404, as an unknown version does. */
function pathOf<Schema extends z.ZodType>(schema: Schema, params: unknown): z.output<Schema> {
  const result = schema.safeParse(params);
  if (!result.success) throw notFound();
  return result.data;
}

/** The story's pages: reading, the versions, one version, a comparison and the editor's form (which posts to `createVersionAction`). */
export function registerStoryPageRoutes(app: FastifyInstance, context: AppContext): void {
  // Anonymous visitors get it from the render cache: every story write that shows here moves the page
  // version (comments, responses, moderation, periods, decisions, seminar links), and the page says
  // when its comment period opens or closes by the clock (cachePageUntil in renderReadingPage).
  page(
    app,
    'GET',
    '/processes/:slug/story',
    async (request, reply) => {
      const { slug } = pathOf(processParamsSchema, request.params);
      const query = parse(readingQuerySchema, request.query);
      return renderReadingPage({ context, request, actor: request.identity.actor }, reply, slug, query);
    },
    { config: { pageCache: true } },
  );

  page(app, 'GET', '/processes/:slug/story/comment', async (request, reply) => {
    const { slug } = pathOf(processParamsSchema, request.params);
    const query = pathOf(commentFormQuerySchema, request.query);
    const actor = request.identity.actor;
    const story = await loadCommentableStory(context, actor, slug);
    return renderCommentForm({ context, request, actor }, reply, story, query.block, {
      passage: query.passage ?? '',
      body: '',
      notify: false,
    });
  });

  page(app, 'GET', '/processes/:slug/story/responses', async (request, reply) => {
    const { slug } = pathOf(processParamsSchema, request.params);
    const actor = request.identity.actor;
    const story = await loadRespondedStory(context, actor, slug);
    return renderResponsesPage({ context, request, actor }, reply, story);
  });

  page(app, 'GET', '/processes/:slug/story/unsubscribe/:token', async (request, reply) => {
    const params = pathOf(unsubscribeParamsSchema, request.params);
    const process = await findProcessBySlug(context.db, request.organisation.id, params.slug);
    if (!process) throw notFound();
    return renderPage(context, request, reply, <UnsubscribePage process={process} token={params.token} />);
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
    const actor = request.identity.actor;
    const loaded = await loadVisibleVersion(context, actor, params.slug, params.number);
    return renderVersionPage({ context, request, actor }, reply, loaded);
  });

  page(app, 'GET', '/processes/:slug/story/versions/:number/decision', async (request, reply) => {
    const params = pathOf(versionParamsSchema, request.params);
    const actor = request.identity.actor;
    const loaded = await loadVersionToDecide(context, actor, params.slug, params.number);
    return renderDecisionForm({ context, request, actor }, reply, loaded);
  });

  page(app, 'GET', '/processes/:slug/story/versions/:number/seminars', async (request, reply) => {
    const params = pathOf(versionParamsSchema, request.params);
    const actor = request.identity.actor;
    const loaded = await loadLinkedVersion(context, actor, params.slug, params.number);
    return renderSeminarLinks({ context, request, actor }, reply, loaded);
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
