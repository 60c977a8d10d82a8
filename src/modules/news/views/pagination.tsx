import { useView } from '../../../platform/views/context.ts';

/** Links to the pages of a list (`?page=n`); nothing when everything fits on one page. */
export function Pagination(props: { page: number; pageCount: number; basePath: string }) {
  const view = useView();
  if (props.pageCount <= 1) return null;
  const hrefOf = (page: number) => (page === 1 ? props.basePath : `${props.basePath}?page=${page}`);
  const pages = Array.from({ length: props.pageCount }, (_, index) => index + 1);
  return (
    <nav class="pagination" aria-label={view.t('news.pagination.label')}>
      <ul>
        {props.page > 1 && (
          <li>
            <a href={hrefOf(props.page - 1)} rel="prev">
              {view.t('news.pagination.previous')}
            </a>
          </li>
        )}
        {pages.map((page) => (
          <li key={page}>
            {page === props.page ? (
              <span aria-current="page">
                <span class="visually-hidden">{view.t('news.pagination.page')} </span>
                {page}
              </span>
            ) : (
              <a href={hrefOf(page)}>
                <span class="visually-hidden">{view.t('news.pagination.page')} </span>
                {page}
              </a>
            )}
          </li>
        ))}
        {props.page < props.pageCount && (
          <li>
            <a href={hrefOf(props.page + 1)} rel="next">
              {view.t('news.pagination.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
