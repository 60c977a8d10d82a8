import type { FastifyInstance, FastifyRequest } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { localize, localizedLanguage } from '../../../platform/i18n/locales.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { Process } from '../../processes/index.ts';
import { loadVisibleProcess } from '../../processes/index.ts';
import { type AtomEntry, latestTimestamp, renderAtomFeed, tagUri } from '../atom.ts';
import type { Post } from '../queries/find-post.ts';
import { listPublishedPosts } from '../queries/list-published-posts.ts';

/** How many of the newest posts a feed carries. */
export const FEED_SIZE = 20;

/** The site's absolute origin: PUBLIC_URL when set, else what the request came to. */
function originOf(context: AppContext, request: FastifyRequest): string {
  return context.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

function entryOf(request: FastifyRequest, origin: string, process: Process, post: Post): AtomEntry {
  const { locale } = request;
  const published = post.publishedAt ?? post.createdAt;
  return {
    id: tagUri(new URL(origin).hostname, published, `tarina/news/${post.id}/${locale}`),
    title: localize(post.title, locale),
    updated: latestTimestamp(published, post.updatedAt),
    published,
    link: `${origin}/${locale}/processes/${process.slug}/news/${post.slug}`,
    summary: localize(post.summary, locale),
    contentHtml: renderMarkdown(localize(post.body, locale)),
    language: localizedLanguage(post.body, locale),
  };
}

/** The Atom feed of a process's published posts, one per UI language. */
export function registerNewsFeedRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/feed.atom', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const process = await loadVisibleProcess(context, request.identity.actor, slug);
    const { posts } = await listPublishedPosts(
      context.db,
      request.organisation.id,
      { processIds: [process.id], includeOrganisationWide: false },
      { offset: 0, limit: FEED_SIZE },
    );
    const origin = originOf(context, request);
    const { locale } = request;
    const entries = posts.map((post) => entryOf(request, origin, process, post));
    const xml = renderAtomFeed({
      id: tagUri(new URL(origin).hostname, process.createdAt, `tarina/processes/${process.id}/news/${locale}`),
      title: context.translator.t(locale, 'news.feed.title', { process: localize(process.title, locale) }),
      updated: latestTimestamp(process.updatedAt, ...entries.map((entry) => entry.updated)),
      selfUrl: `${origin}/${locale}/processes/${process.slug}/feed.atom`,
      alternateUrl: `${origin}/${locale}/processes/${process.slug}/news`,
      authorName: localize(request.organisation.name, locale),
      language: locale,
      entries,
    });
    return reply
      .header('content-type', 'application/atom+xml; charset=utf-8')
      .header('cache-control', context.config.publicUrl ? 'public, max-age=300' : 'no-cache')
      .send(xml);
  });
}
