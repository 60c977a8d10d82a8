import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { Pagination } from './pagination.tsx';
import { PostList, type PostListItem } from './post-list.tsx';

/** A process's published blog posts and media releases, newest first, with its Atom feed. */
export function ProcessNewsPage(props: {
  process: { slug: string; title: LocalizedText };
  items: PostListItem[];
  page: number;
  pageCount: number;
}) {
  const view = useView();
  const processTitle = view.text(props.process.title);
  const title = view.t('news.processNews.title', { process: processTitle });
  const feedUrl = view.href(`/processes/${props.process.slug}/feed.atom`);
  return (
    <Layout title={title} feedUrl={feedUrl}>
      <nav aria-label={view.t('news.breadcrumbs')}>
        <ol class="breadcrumbs">
          <li>
            <a href={view.href(`/processes/${props.process.slug}`)}>{processTitle}</a>
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>
      {props.items.length === 0 ? <p>{view.t('news.processNews.empty')}</p> : <PostList items={props.items} />}
      <Pagination page={props.page} pageCount={props.pageCount} basePath={view.href(`/processes/${props.process.slug}/news`)} />
      <p>
        <a href={feedUrl} type="application/atom+xml">
          {view.t('news.feed.subscribe')}
        </a>
      </p>
    </Layout>
  );
}
