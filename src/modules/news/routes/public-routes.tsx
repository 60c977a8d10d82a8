import type { FastifyInstance, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findPhase, findProcessById, listProcessOptions, loadVisibleProcess } from '../../processes/index.ts';
import { canViewPost, canViewProcess } from '../loaders.ts';
import { findPostBySlug } from '../queries/find-post.ts';
import { listPublishedPosts, type PublishedPostFilter } from '../queries/list-published-posts.ts';
import { listPageQuerySchema } from '../schemas.ts';
import { slugFromUrl } from '../url-keys.ts';
import { OrganisationNewsPage } from '../views/organisation-news-page.tsx';
import { PostPage } from '../views/post-page.tsx';
import { ProcessNewsPage } from '../views/process-news-page.tsx';

/** How many posts a public list shows per page. */
export const NEWS_PAGE_SIZE = 10;

// Anonymous visitors get these from the render cache: they show posts, processes and phases,
// whose every change moves the page version on.
const CACHED = { config: { pageCache: true } };

/** One page of published posts; a page past the end answers 404. */
async function pageOfPosts(context: AppContext, request: FastifyRequest, filter: PublishedPostFilter) {
  const { page: current } = parse(listPageQuerySchema, request.query);
  const offset = (current - 1) * NEWS_PAGE_SIZE;
  const result = await listPublishedPosts(context.db, request.organisation.id, filter, { offset, limit: NEWS_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(result.total / NEWS_PAGE_SIZE));
  if (current > pageCount) throw notFound();
  return { posts: result.posts, page: current, pageCount };
}

/** The public news pages: a process's news, one post, and the organisation-wide list. */
export function registerNewsPublicRoutes(app: FastifyInstance, context: AppContext): void {
  page(
    app,
    'GET',
    '/processes/:slug/news',
    async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const process = await loadVisibleProcess(context, request.identity.actor, slug);
      const list = await pageOfPosts(context, request, { processIds: [process.id], includeOrganisationWide: false });
      const items = list.posts.map((post) => ({ post, href: `/${request.locale}/processes/${process.slug}/news/${post.slug}` }));
      return renderPage(
        context,
        request,
        reply,
        <ProcessNewsPage process={process} items={items} page={list.page} pageCount={list.pageCount} />,
      );
    },
    CACHED,
  );

  page(
    app,
    'GET',
    '/processes/:slug/news/:postSlug',
    async (request, reply) => {
      const { slug, postSlug } = request.params as { slug: string; postSlug: string };
      const process = await loadVisibleProcess(context, request.identity.actor, slug);
      const post = await findPostBySlug(context.db, request.organisation.id, slugFromUrl(postSlug));
      if (!post || post.processId !== process.id || !(await canViewPost(context, request, post))) throw notFound();
      const phase = post.phaseId ? await findPhase(context.db, request.organisation.id, post.phaseId) : undefined;
      return renderPage(context, request, reply, <PostPage post={post} process={process} phaseTitle={phase?.title ?? null} />);
    },
    CACHED,
  );

  page(
    app,
    'GET',
    '/news',
    async (request, reply) => {
      const processes = (await listProcessOptions(context.db, request.organisation.id)).filter((process) =>
        canViewProcess(context, request, process),
      );
      const byId = new Map(processes.map((process) => [process.id, process]));
      const list = await pageOfPosts(context, request, { processIds: [...byId.keys()], includeOrganisationWide: true });
      const items = list.posts.map((post) => {
        const process = post.processId ? byId.get(post.processId) : undefined;
        const path = process ? `/processes/${process.slug}/news/${post.slug}` : `/news/${post.slug}`;
        return { post, href: `/${request.locale}${path}`, processTitle: process?.title };
      });
      return renderPage(context, request, reply, <OrganisationNewsPage items={items} page={list.page} pageCount={list.pageCount} />);
    },
    CACHED,
  );

  page(
    app,
    'GET',
    '/news/:postSlug',
    async (request, reply) => {
      const { postSlug } = request.params as { postSlug: string };
      const post = found(await findPostBySlug(context.db, request.organisation.id, slugFromUrl(postSlug)));
      if (!(await canViewPost(context, request, post))) throw notFound();
      if (post.processId) {
        // A post of a process has one address, under its process.
        const process = found(await findProcessById(context.db, request.organisation.id, post.processId));
        return reply.redirect(`/${request.locale}/processes/${process.slug}/news/${post.slug}`, 301);
      }
      return renderPage(context, request, reply, <PostPage post={post} process={null} phaseTitle={null} />);
    },
    CACHED,
  );
}
