import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Post } from '../queries/find-post.ts';
import { fallbackLang } from './fallback-lang.ts';
import { KIND_LABEL_KEYS } from './kind-label.ts';
import { VideoEmbed } from './video-embed.tsx';

/** One blog post or media release: title, kind, date, phase, summary, video and the Markdown body. */
export function PostPage(props: { post: Post; process: { slug: string; title: LocalizedText } | null; phaseTitle: LocalizedText | null }) {
  const view = useView();
  const { post, process } = props;
  const title = view.text(post.title);
  const listHref = process ? view.href(`/processes/${process.slug}/news`) : view.href('/news');
  const feedUrl = process ? view.href(`/processes/${process.slug}/feed.atom`) : undefined;
  return (
    <Layout title={title} feedUrl={feedUrl}>
      <nav aria-label={view.t('news.breadcrumbs')}>
        <ol class="breadcrumbs">
          {process && (
            <li>
              <a href={view.href(`/processes/${process.slug}`)}>{view.text(process.title)}</a>
            </li>
          )}
          <li>
            <a href={listHref}>{view.t('news.post.allNews')}</a>
          </li>
        </ol>
      </nav>
      <article>
        {post.status === 'draft' && (
          <div class="notice notice--warning" role="status">
            {view.t('news.post.draftNotice')}
          </div>
        )}
        <h1 lang={fallbackLang(post.title, view.locale)}>{title}</h1>
        <p class="meta">
          <span class="tag">{view.t(KIND_LABEL_KEYS[post.kind])}</span>{' '}
          {post.publishedAt && <time dateTime={post.publishedAt}>{view.formatDate(post.publishedAt)}</time>}
          {props.phaseTitle && <span> · {view.t('news.post.phase', { phase: view.text(props.phaseTitle) })}</span>}
        </p>
        {view.text(post.summary) && (
          <p class="lead" lang={fallbackLang(post.summary, view.locale)}>
            {view.text(post.summary)}
          </p>
        )}
        <VideoEmbed url={post.videoUrl} title={title} />
        <div
          class="prose"
          lang={fallbackLang(post.body, view.locale)}
          dangerouslySetInnerHTML={{ __html: renderMarkdown(view.text(post.body)) }}
        />
      </article>
    </Layout>
  );
}
