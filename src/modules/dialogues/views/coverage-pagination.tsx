import { Button, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { COVERAGE_PAGE_SIZES, DIALOGUES_LIMITS } from '../schemas.ts';

/** Which rows of the table by work community a page shows. */
export interface CoveragePaging {
  page: number;
  perPage: number;
  pageCount: number;
  total: number;
}

/** The anchor the page links land on: the table's heading, so focus and the reader start there. */
const TABLE_ANCHOR = '#coverage-communities';

/** A page's address: the page and the page size, each left out when it is the default. */
export function coveragePageHref(path: string, page: number, perPage: number): string {
  const query = new URLSearchParams();
  if (page > 1) query.set('page', String(page));
  if (perPage !== DIALOGUES_LIMITS.coveragePerPageDefault) query.set('perPage', String(perPage));
  const search = query.toString();
  return `${path}${search ? `?${search}` : ''}${TABLE_ANCHOR}`;
}

/** The pages shown as links: the first, the last and two either side of the current one (null: a gap). */
export function visiblePages(page: number, pageCount: number): Array<number | null> {
  const shown: Array<number | null> = [];
  for (let number = 1; number <= pageCount; number += 1) {
    if (number === 1 || number === pageCount || Math.abs(number - page) <= 2) shown.push(number);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/**
 * Links to the pages of the table by work community: a `nav` with its own name, previous and
 * next with `rel`, the current page marked `aria-current` and every number read as "page n".
 * Plain links, so it works with the keyboard and without a script.
 */
export function CoveragePagination(props: { path: string; paging: CoveragePaging }) {
  const view = useView();
  const { page, pageCount, perPage } = props.paging;
  if (pageCount <= 1) return null;
  const href = (number: number) => view.href(coveragePageHref(props.path, number, perPage));
  const word = view.t('dialogues.coverage.pageWord');
  return (
    <nav class="pagination" aria-label={view.t('dialogues.coverage.pages')}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {view.t('dialogues.coverage.previous')}
            </a>
          </li>
        )}
        {visiblePages(page, pageCount).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span aria-current="page">
                  <span class="visually-hidden">{word} </span>
                  {number}
                </span>
              ) : (
                <a href={href(number)}>
                  <span class="visually-hidden">{word} </span>
                  {number}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} rel="next">
              {view.t('dialogues.coverage.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The page size chosen with a GET form (no script): the first page at the new size. */
export function CoveragePageSize(props: { path: string; perPage: number }) {
  const view = useView();
  const sizes: number[] = [...COVERAGE_PAGE_SIZES];
  if (!sizes.includes(props.perPage)) sizes.push(props.perPage);
  return (
    <form method="get" action={`${view.href(props.path)}${TABLE_ANCHOR}`} class="timeline__filter">
      <SelectField
        name="perPage"
        label={view.t('dialogues.coverage.perPage')}
        value={String(props.perPage)}
        options={sizes.sort((a, b) => a - b).map((size) => ({ value: String(size), label: String(size) }))}
      />
      <Button variant="secondary">{view.t('dialogues.coverage.perPageSubmit')}</Button>
    </form>
  );
}
