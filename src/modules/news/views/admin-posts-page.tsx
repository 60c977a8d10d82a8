import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Post } from '../queries/find-post.ts';
import { KIND_LABEL_KEYS } from './kind-label.ts';
import { StatusTag } from './status-tag.tsx';

/** A process as the admin list names it and links to it. */
export interface ProcessLabel {
  slug: string;
  title: LocalizedText;
}

function PostRow(props: { post: Post; process: ProcessLabel | undefined }) {
  const view = useView();
  const { post, process } = props;
  const title = view.text(post.title);
  const publicPath = process ? `/processes/${process.slug}/news/${post.slug}` : `/news/${post.slug}`;
  return (
    <tr>
      <th scope="row">{title}</th>
      <td>{process ? view.text(process.title) : view.t('news.admin.organisationWide')}</td>
      <td>{view.t(KIND_LABEL_KEYS[post.kind])}</td>
      <td>
        <StatusTag status={post.status} />
      </td>
      <td>{post.publishedAt ? <time dateTime={post.publishedAt}>{view.formatDate(post.publishedAt)}</time> : '–'}</td>
      <td class="actions">
        <a href={view.href(`/admin/news/${post.id}/edit`)}>
          {view.t('news.admin.edit')}
          <span class="visually-hidden">: {title}</span>
        </a>
        <a href={view.href(publicPath)}>
          {view.t('news.admin.view')}
          <span class="visually-hidden">: {title}</span>
        </a>
        <a href={view.href(`/admin/news/${post.id}/delete`)}>
          {view.t('news.admin.delete')}
          <span class="visually-hidden">: {title}</span>
        </a>
      </td>
    </tr>
  );
}

/** The posts the actor manages, drafts tagged, with links to write, edit and delete. */
export function AdminPostsPage(props: { posts: Post[]; processes: Map<string, ProcessLabel> }) {
  const view = useView();
  const title = view.t('news.admin.title');
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      <ul class="actions">
        <li>
          <a class="button" href={view.href('/admin/news/new')}>
            {view.t('news.admin.newPost')}
          </a>
        </li>
        {view.can('news.page.manage') && (
          <li>
            <a class="button button--secondary" href={view.href('/admin/news/pages')}>
              {view.t('news.adminPages.title')}
            </a>
          </li>
        )}
      </ul>
      {props.posts.length === 0 ? (
        <p>{view.t('news.admin.empty')}</p>
      ) : (
        <TableScroll label={view.t('news.admin.tableCaption')}>
          <table class="data-table">
            <caption class="visually-hidden">{view.t('news.admin.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('news.field.title')}</th>
                <th scope="col">{view.t('news.field.process')}</th>
                <th scope="col">{view.t('news.field.kind')}</th>
                <th scope="col">{view.t('news.field.status')}</th>
                <th scope="col">{view.t('news.admin.publishedAt')}</th>
                <th scope="col">{view.t('news.admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.posts.map((post) => (
                <PostRow key={post.id} post={post} process={post.processId ? props.processes.get(post.processId) : undefined} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
