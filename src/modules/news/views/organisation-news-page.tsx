import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { Pagination } from './pagination.tsx';
import { PostList, type PostListItem } from './post-list.tsx';

/** Every published post and media release of the organisation that the visitor may see, newest first. */
export function OrganisationNewsPage(props: { items: PostListItem[]; page: number; pageCount: number }) {
  const view = useView();
  const title = view.t('news.organisationNews.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {props.items.length === 0 ? <p>{view.t('news.organisationNews.empty')}</p> : <PostList items={props.items} />}
      <Pagination page={props.page} pageCount={props.pageCount} basePath={view.href('/news')} />
    </Layout>
  );
}
