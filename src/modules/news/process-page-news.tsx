import type { ProcessPageSection } from '../../platform/module.ts';
import { useView } from '../../platform/views/context.ts';
import { listLatestPosts, type PostSummary } from './queries/list-latest-posts.ts';
import { fallbackLang } from './views/fallback-lang.ts';

/** How many of the newest posts the process page lists. */
export const LATEST_POSTS_LIMIT = 3;

function LatestNews(props: { posts: PostSummary[]; processSlug: string }) {
  const view = useView();
  return (
    <section aria-labelledby="news-title">
      <h2 id="news-title">{view.t('processes.news.title')}</h2>
      {props.posts.length === 0 ? (
        <p>{view.t('processes.news.empty')}</p>
      ) : (
        <ul class="news-list">
          {props.posts.map((post) => (
            <li key={post.id}>
              <h3 lang={fallbackLang(post.title, view.locale)}>
                <a href={view.href(`/processes/${props.processSlug}/news/${post.slug}`)}>{view.text(post.title)}</a>
              </h3>
              {post.publishedAt && <time dateTime={post.publishedAt}>{view.formatDate(post.publishedAt)}</time>}
              {view.text(post.summary) && <p lang={fallbackLang(post.summary, view.locale)}>{view.text(post.summary)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The process page's news section: the process's newest published posts, in one query
 * (news raises the page version on every change of a post, so the cached page follows).
 */
export const processPageNews: ProcessPageSection = async (context, organisationId, process) => {
  const posts = await listLatestPosts(context.db, organisationId, process.id, LATEST_POSTS_LIMIT);
  return <LatestNews posts={posts} processSlug={process.slug} />;
};
