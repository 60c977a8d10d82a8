import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { CANDIDATES } from '../engines.ts';
import type { SearchProcess } from '../queries/list-search-processes.ts';
import type { SearchHit, SearchResults } from '../queries/search-documents.ts';
import { SEARCH_KINDS, SEARCH_LIMITS, type SearchKind } from '../schemas.ts';

/** The words of each kind, as literal keys (the i18n test finds them). */
const KIND_LABELS: Record<SearchKind, string> = {
  process: 'search.kind.process',
  phase: 'search.kind.phase',
  news: 'search.kind.news',
  page: 'search.kind.page',
  event: 'search.kind.event',
  survey: 'search.kind.survey',
  statements: 'search.kind.statements',
  results: 'search.kind.results',
  story: 'search.kind.story',
  comment: 'search.kind.comment',
};

/** What the page shows: the query as typed, the results (none before a search), the processes. */
export interface SearchPageProps {
  q: string;
  kind: string;
  process: string;
  results: SearchResults | null;
  processes: SearchProcess[];
  errors?: FieldErrors | undefined;
}

function kindLabel(t: (key: string) => string, kind: string): string {
  return kind in KIND_LABELS ? t(KIND_LABELS[kind as SearchKind]) : kind;
}

function Hit(props: { hit: SearchHit; kindLabel: string; processTitle: string | null }) {
  const view = useView();
  const { hit } = props;
  const lang = hit.language === view.locale ? undefined : hit.language;
  return (
    <li class="search-result">
      <p class="search-result__kind">
        {props.kindLabel}
        {props.processTitle && ` · ${props.processTitle}`}
      </p>
      <h3 class="search-result__title">
        <a href={view.href(hit.path)} lang={lang}>
          {hit.title}
        </a>
      </h3>
      {hit.snippet.length > 0 && (
        <p class="search-result__snippet" lang={lang}>
          {hit.snippet.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : part.text))}
        </p>
      )}
    </li>
  );
}

function pageHref(view: ReturnType<typeof useView>, props: SearchPageProps, page: number): string {
  const query = new URLSearchParams({ q: props.q });
  if (props.kind) query.set('kind', props.kind);
  if (props.process) query.set('process', props.process);
  if (page > 1) query.set('page', String(page));
  return `${view.href('/search')}?${query.toString()}`;
}

function Paging(props: SearchPageProps & { results: SearchResults }) {
  const view = useView();
  const { page, pageCount } = props.results;
  if (pageCount <= 1) return null;
  return (
    <nav class="search-paging" aria-label={view.t('search.paging.label')}>
      <ul>
        {page > 1 && (
          <li>
            <a href={pageHref(view, props, page - 1)} rel="prev">
              {view.t('search.paging.previous')}
            </a>
          </li>
        )}
        <li aria-current="page">{view.t('search.paging.position', { page, pages: pageCount })}</li>
        {page < pageCount && (
          <li>
            <a href={pageHref(view, props, page + 1)} rel="next">
              {view.t('search.paging.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

function NothingFound(props: { processes: SearchProcess[] }) {
  const view = useView();
  return (
    <section class="search-empty" aria-labelledby="search-empty-title">
      <h3 id="search-empty-title">{view.t('search.empty.title')}</h3>
      <ul>
        <li>{view.t('search.empty.fewerWords')}</li>
        <li>{view.t('search.empty.otherForm')}</li>
        <li>{view.t('search.empty.noFilters')}</li>
      </ul>
      {props.processes.length > 0 && (
        <>
          <h4>{view.t('search.empty.processes')}</h4>
          <ul>
            {props.processes.map((process) => (
              <li key={process.id}>
                <a href={view.href(process.path)}>{view.text(process.title)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The search page: the form (a search landmark), the hits with their snippets, paging, and help when nothing is found. */
export function SearchPage(props: SearchPageProps) {
  const view = useView();
  const title = view.t('search.page.title');
  const labels = { q: view.t('search.field.q') };
  const processTitles = new Map(props.processes.map((process) => [process.id, view.text(process.title)]));
  // Each kind's word once: the filter's options and every hit use them.
  const kinds = SEARCH_KINDS.map((kind) => ({ value: kind, label: kindLabel(view.t, kind) }));
  const kindLabels = new Map<string, string>(kinds.map((kind) => [kind.value, kind.label]));
  const results = props.results;
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={labels} />
      <search aria-label={view.t('search.form.label')}>
        <form method="get" action={view.href('/search')} class="search-form">
          <TextField name="q" type="search" label={labels.q} value={props.q} maxLength={SEARCH_LIMITS.queryMax} errors={props.errors} />
          <SelectField
            name="kind"
            label={view.t('search.field.kind')}
            value={props.kind}
            emptyLabel={view.t('search.field.anyKind')}
            options={kinds}
          />
          <SelectField
            name="process"
            label={view.t('search.field.process')}
            value={props.process}
            emptyLabel={view.t('search.field.anyProcess')}
            options={props.processes.map((process) => ({ value: process.id, label: view.text(process.title) }))}
          />
          <div class="form-actions">
            <Button>{view.t('search.form.submit')}</Button>
          </div>
        </form>
      </search>
      {results && (
        <section aria-labelledby="search-results-title">
          <h2 id="search-results-title" class="visually-hidden">
            {view.t('search.results.title')}
          </h2>
          <p role="status">
            {results.more
              ? view.t('search.results.more', { count: CANDIDATES, q: props.q })
              : view.t('search.results.count', { count: results.total, q: props.q })}
          </p>
          {results.hits.length === 0 ? (
            <NothingFound processes={props.processes} />
          ) : (
            <ol class="search-results">
              {results.hits.map((hit) => (
                <Hit
                  key={`${hit.kind}-${hit.sourceId}`}
                  hit={hit}
                  kindLabel={kindLabels.get(hit.kind) ?? hit.kind}
                  processTitle={hit.processId ? (processTitles.get(hit.processId) ?? null) : null}
                />
              ))}
            </ol>
          )}
          <Paging {...props} results={results} />
        </section>
      )}
    </Layout>
  );
}
