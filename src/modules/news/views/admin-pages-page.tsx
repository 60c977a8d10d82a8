import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { StaticPage } from '../queries/find-page.ts';

/** The organisation's static pages with links to create, edit and delete them. */
export function AdminPagesPage(props: { pages: StaticPage[] }) {
  const view = useView();
  const title = view.t('news.adminPages.title');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('news.admin.title'), href: view.href('/admin/news') }]}>
      <h1>{title}</h1>
      <p>
        <a class="button" href={view.href('/admin/news/pages/new')}>
          {view.t('news.adminPages.newPage')}
        </a>
      </p>
      {props.pages.length === 0 ? (
        <p>{view.t('news.adminPages.empty')}</p>
      ) : (
        <TableScroll label={view.t('news.adminPages.tableCaption')}>
          <table class="data-table">
            <caption class="visually-hidden">{view.t('news.adminPages.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('news.field.title')}</th>
                <th scope="col">{view.t('news.field.slug')}</th>
                <th scope="col">{view.t('news.admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.pages.map((page) => {
                const pageTitle = view.text(page.title);
                return (
                  <tr key={page.id}>
                    <th scope="row">{pageTitle}</th>
                    <td>
                      <a href={view.href(`/pages/${page.slug}`)}>{page.slug}</a>
                    </td>
                    <td class="actions">
                      <a href={view.href(`/admin/news/pages/${page.id}/edit`)}>
                        {view.t('news.admin.edit')}
                        <span class="visually-hidden">: {pageTitle}</span>
                      </a>
                      <a href={view.href(`/admin/news/pages/${page.id}/delete`)}>
                        {view.t('news.admin.delete')}
                        <span class="visually-hidden">: {pageTitle}</span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
