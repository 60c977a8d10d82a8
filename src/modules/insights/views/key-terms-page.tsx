import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { CheckboxGroup, ErrorSummary, SelectField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import { CHANNELS } from '../../contributions/index.ts';
import { CORPUS_LANGUAGES } from '../corpus/corpus-filter.ts';
import type { KeyTermSummary } from '../corpus/summarise-key-terms.ts';
import type { CorpusFacets } from '../queries/corpus-facets.ts';
import { NORMALISER_MESSAGES } from '../text/labels.ts';
import { WordPicture } from './word-picture.tsx';

/** The filter form's values as strings, as sent (or empty). */
export interface KeyTermValues {
  channels: string[];
  languages: string[];
  phaseId: string;
  source: string;
  background: string;
}

const CHANNEL_GROUPS = new Set<string>(CHANNELS);

/** The filter: a GET form, so a filtered page can be bookmarked and shared among analysts. */
function KeyTermFilterForm(props: {
  processId: string;
  phases: Array<{ value: string; label: string }>;
  facets: CorpusFacets;
  values: KeyTermValues;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { values, errors, facets } = props;
  const labels = {
    channels: view.t('insights.start.channels'),
    phaseId: view.t('insights.start.phase'),
    source: view.t('insights.terms.source'),
    background: view.t('insights.terms.background'),
    languages: view.t('insights.start.languages'),
  };
  const groupLabel = (key: string, label: string) => (CHANNEL_GROUPS.has(key) ? view.t(`insights.channel.${key}`) : label);
  return (
    <form method="get" action={view.href(`/admin/insights/processes/${props.processId}/terms`)} noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      <CheckboxGroup
        name="channels"
        legend={labels.channels}
        hint={view.t('insights.start.allWhenNone')}
        values={values.channels}
        options={CHANNELS.map((channel) => ({ value: channel, label: view.t(`insights.channel.${channel}`) }))}
        errors={errors}
      />
      <SelectField
        name="source"
        label={labels.source}
        hint={view.t('insights.terms.sourceHint')}
        value={values.source}
        emptyLabel={view.t('insights.terms.allSources')}
        options={[]}
        groups={facets.sources.map((group) => ({ ...group, label: groupLabel(group.key, group.label) }))}
        errors={errors}
        required={false}
      />
      <SelectField
        name="phaseId"
        label={labels.phaseId}
        value={values.phaseId}
        emptyLabel={view.t('insights.start.allPhases')}
        options={props.phases}
        errors={errors}
        required={false}
      />
      <SelectField
        name="background"
        label={labels.background}
        hint={view.t('insights.terms.backgroundHint')}
        value={values.background}
        emptyLabel={view.t('insights.terms.everyone')}
        options={[]}
        groups={facets.backgrounds.map((group) => ({ ...group, label: `${view.t(`insights.background.${group.kind}`)}: ${group.label}` }))}
        errors={errors}
        required={false}
      />
      <CheckboxGroup
        name="languages"
        legend={labels.languages}
        hint={view.t('insights.start.allWhenNone')}
        values={values.languages}
        options={CORPUS_LANGUAGES.map((language) => ({ value: language, label: view.t(`insights.language.${language}`) }))}
        errors={errors}
      />
      <button type="submit" class="button button--primary">
        {view.t('insights.terms.submit')}
      </button>
    </form>
  );
}

/** The list of key terms with their counts: the word picture's text alternative. */
function KeyTermList(props: { id: string; summary: KeyTermSummary }) {
  const view = useView();
  const caption = view.t('insights.terms.listTitle');
  return (
    <TableScroll label={caption}>
      <table class="data-table" id={props.id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('insights.terms.term')}</th>
            <th scope="col" class="text-right">
              {view.t('insights.terms.count')}
            </th>
            <th scope="col" class="text-right">
              {view.t('insights.terms.documents')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.summary.terms.map((term) => (
            <tr key={term.term}>
              <th scope="row">
                {term.surface}
                {term.surface.toLowerCase() !== term.term && <span class="field__hint"> ({term.term})</span>}
              </th>
              <td class="text-right">{term.count}</td>
              <td class="text-right">{term.documents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Key terms and word counts per filter: the filter, then the list of terms beside their word picture. */
export function KeyTermsPage(props: {
  process: { id: string; title: LocalizedText };
  phases: Array<{ value: string; label: string }>;
  facets: CorpusFacets;
  values: KeyTermValues;
  errors?: FieldErrors | undefined;
  summary: KeyTermSummary | null;
}) {
  const view = useView();
  const title = view.t('insights.terms.title', { process: view.text(props.process.title) });
  const { summary } = props;
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('insights.admin.title'), href: view.href('/admin/insights') },
        { label: view.text(props.process.title), href: view.href(`/admin/insights/processes/${props.process.id}`) },
      ]}
    >
      <link rel="stylesheet" href="/assets/insights/insights.css" />
      <h1>{title}</h1>
      <p>{view.t('insights.terms.intro')}</p>
      <KeyTermFilterForm
        processId={props.process.id}
        phases={props.phases}
        facets={props.facets}
        values={props.values}
        errors={props.errors}
      />
      {summary && (
        <section aria-labelledby="key-terms-result">
          <h2 id="key-terms-result">{view.t('insights.terms.resultTitle')}</h2>
          <p>{view.t('insights.terms.counted', { contributions: summary.counted, words: summary.words, terms: summary.terms.length })}</p>
          {summary.analysed < summary.matched && (
            <p class="notice">{view.t('insights.terms.capped', { analysed: summary.analysed, matched: summary.matched })}</p>
          )}
          {summary.normalisers.map((normaliser) => (
            <p key={normaliser} class="field__hint">
              {view.t(NORMALISER_MESSAGES[normaliser])}
            </p>
          ))}
          {summary.terms.length === 0 ? (
            <p>{view.t('insights.terms.none')}</p>
          ) : (
            <div class="key-terms">
              <KeyTermList id="key-term-list" summary={summary} />
              <WordPicture
                id="word-picture"
                title={view.t('insights.terms.pictureTitle')}
                description={view.t('insights.terms.pictureDescription')}
                terms={summary.terms}
              />
            </div>
          )}
        </section>
      )}
    </AdminLayout>
  );
}
