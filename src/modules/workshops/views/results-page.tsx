import { BackToProcess } from '../../../platform/hub/back-to-process.tsx';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { WorkshopState } from '../model.ts';
import type { PromptResults } from '../results.ts';
import { WorkshopAssets } from './assets.tsx';
import { ResultsBody } from './results-body.tsx';

/** A workshop's results page: public once its results are, otherwise for its participants and facilitators. */
export function ResultsPage(props: {
  state: WorkshopState;
  results: PromptResults[];
  processTitle: string;
  canExport: boolean;
  /** The workshop's process, linked back to. */
  process?: { slug: string; title: LocalizedText };
}) {
  const view = useView();
  const { workshop } = props.state;
  const title = view.t('workshops.results.title', { title: view.text(workshop.title) });
  return (
    <Layout title={title}>
      <WorkshopAssets />
      {props.process ? <BackToProcess process={props.process} /> : <p class="meta">{props.processTitle}</p>}
      <h1>{title}</h1>
      {view.text(workshop.description) && <p class="lead">{view.text(workshop.description)}</p>}
      <p class="meta">
        {view.t(`workshops.kind.${workshop.kind}`)} · {view.t('workshops.console.participants', { count: props.state.participantCount })} ·{' '}
        {view.t('workshops.console.noteCount', { count: props.state.notes.length })}
      </p>
      <ul class="actions">
        <li>
          <a href={view.href(`/workshops/${workshop.id}/summary`)}>{view.t('workshops.summary.link')}</a>
        </li>
        {props.canExport && (
          <>
            <li>
              <a href={`/api/v1/workshops/${workshop.id}/export?format=csv`}>{view.t('workshops.console.exportCsv')}</a>
            </li>
            <li>
              <a href={`/api/v1/workshops/${workshop.id}/export?format=json`}>{view.t('workshops.console.exportJson')}</a>
            </li>
          </>
        )}
      </ul>
      <ResultsBody state={props.state} results={props.results} />
    </Layout>
  );
}

/** The printable summary: the key figures, the outcome and every result in one document, for the minutes. */
export function SummaryPage(props: { state: WorkshopState; results: PromptResults[]; processTitle: string }) {
  const view = useView();
  const { workshop } = props.state;
  const title = view.t('workshops.summary.title', { title: view.text(workshop.title) });
  return (
    <Layout title={title}>
      <WorkshopAssets />
      <article class="workshop-summary">
        <h1>{title}</h1>
        <p class="workshop-summary__hint">{view.t('workshops.summary.printHint')}</p>
        <dl class="summary-list">
          <div>
            <dt>{view.t('workshops.admin.process')}</dt>
            <dd>{props.processTitle}</dd>
          </div>
          <div>
            <dt>{view.t('workshops.form.kind')}</dt>
            <dd>{view.t(`workshops.kind.${workshop.kind}`)}</dd>
          </div>
          <div>
            <dt>{view.t('workshops.summary.held')}</dt>
            <dd>{view.formatDate(workshop.createdAt, { dateStyle: 'long' })}</dd>
          </div>
          <div>
            <dt>{view.t('workshops.summary.participants')}</dt>
            <dd>{props.state.participantCount}</dd>
          </div>
          <div>
            <dt>{view.t('workshops.summary.notes')}</dt>
            <dd>{props.state.notes.length}</dd>
          </div>
          <div>
            <dt>{view.t('workshops.summary.clusters')}</dt>
            <dd>{props.state.clusters.length}</dd>
          </div>
          <div>
            <dt>{view.t('workshops.summary.dots')}</dt>
            <dd>{props.state.votes.length}</dd>
          </div>
        </dl>
        <ResultsBody state={props.state} results={props.results} />
      </article>
    </Layout>
  );
}
