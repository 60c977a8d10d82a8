import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { localizedLanguage } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { isActive, type RunTheme, type ThemeQuote, type ThemeRun } from '../model.ts';
import type { CrossLanguageSentence } from '../queries/list-cross-language-sentences.ts';
import type { ThemeWorkbench } from '../queries/theme-workbench.ts';
import { CODEBOOK_MINIMUM_SIMILARITY } from '../themes/codebook.ts';
import { CrossLanguageSentences } from './cross-language-sentences.tsx';
import { RunStatus } from './run-status.tsx';
import { ThemeHeading, ThemeQuotes } from './theme-card.tsx';
import { CounterpartsLine } from './theme-counterparts.tsx';
import { EditControls, type WorkbenchValues } from './theme-workbench.tsx';
import { UnassignedSentences } from './unassigned-sentences.tsx';

/** What the run page shows and offers. */
export interface RunPageProps {
  process: { id: string; title: LocalizedText };
  run: ThemeRun;
  themes: RunTheme[];
  unassigned: number;
  /** The first of the sentences in no theme, to read. */
  unassignedSentences: ThemeQuote[];
  /** In a codebook run: the sentences assigned through another language. */
  crossLanguage?: { count: number; sentences: CrossLanguageSentence[] } | undefined;
  published: boolean;
  may: { cancel: boolean; edit: boolean; publish: boolean; undo: boolean; reopen: boolean; saveCodebook: boolean; createTheme: boolean };
  /** The new-theme form after a refusal: what was sent and the errors at its fields. */
  unassignedValues?: Pick<WorkbenchValues, 'sentences' | 'newLabel'> | undefined;
  unassignedErrors?: FieldErrors | undefined;
  /** Whether publishing locked merge, split and move, and the edit an undo would put back. */
  editing: Pick<ThemeWorkbench, 'locked' | 'lastEdit'>;
}

function RunFacts(props: { run: ThemeRun; unassigned: number }) {
  const view = useView();
  const { run } = props;
  const filter = run.filter;
  const all = view.t('insights.run.all');
  return (
    <dl class="facts">
      <dt>{view.t('insights.run.channels')}</dt>
      <dd>{filter.channels.length ? filter.channels.map((channel) => view.t(`insights.channel.${channel}`)).join(', ') : all}</dd>
      <dt>{view.t('insights.run.languages')}</dt>
      <dd>{filter.languages.length ? filter.languages.map((language) => view.t(`insights.language.${language}`)).join(', ') : all}</dd>
      <dt>{view.t('insights.run.phase')}</dt>
      <dd>{filter.phase ? `${filter.phase.startsOn} – ${filter.phase.endsOn}` : all}</dd>
      {run.codebookId !== null ? (
        <>
          <dt>{view.t('insights.run.codebook')}</dt>
          <dd>{view.t('insights.run.codebookUsed', { threshold: run.codebookMinimumSimilarity ?? CODEBOOK_MINIMUM_SIMILARITY })}</dd>
        </>
      ) : (
        <>
          <dt>{view.t('insights.run.themeLimits')}</dt>
          <dd>{`${run.minThemes}–${run.maxThemes}`}</dd>
        </>
      )}
      <dt>{view.t('insights.run.seed')}</dt>
      <dd>{run.seed}</dd>
      <dt>{view.t('insights.run.version')}</dt>
      <dd>
        <code>{[run.softwareVersion, run.methodVersion].filter(Boolean).join(' / ')}</code>
      </dd>
      {run.contributionCount !== null && (
        <>
          <dt>{view.t('insights.run.corpus')}</dt>
          <dd>
            {view.t('insights.run.corpusCounts', {
              contributions: run.contributionCount,
              sentences: run.sentenceCount ?? 0,
              unassigned: props.unassigned,
            })}
          </dd>
        </>
      )}
      {run.normalisers.length > 0 && (
        <>
          <dt>{view.t('insights.run.normalisers')}</dt>
          <dd>
            <ul>
              {run.normalisers.map((normaliser) => (
                <li key={normaliser}>{view.t(`insights.normaliser.${normaliser}`)}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {run.diversity !== null && (
        <>
          <dt>{view.t('insights.run.diversity')}</dt>
          <dd>{run.diversity.toFixed(2)}</dd>
        </>
      )}
      {run.inputsHash && (
        <>
          <dt>{view.t('insights.run.inputsHash')}</dt>
          <dd>
            <code>{run.inputsHash.slice(0, 16)}</code>
          </dd>
        </>
      )}
    </dl>
  );
}

/** A run: how it was made, its progress (cancel while it runs), and its themes with quotes, to rename, describe and publish. */
export function RunPage(props: RunPageProps) {
  const view = useView();
  const { run, process, may } = props;
  const title = view.t('insights.run.title', { process: view.text(process.title) });
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('insights.admin.title'), href: view.href('/admin/insights') },
        { label: view.text(process.title), href: view.href(`/admin/insights/processes/${process.id}`) },
      ]}
    >
      <h1>{title}</h1>
      <p role="status">
        <RunStatus run={run} />
        {props.published && ` · ${view.t('insights.runs.isPublished')}`}
      </p>
      {isActive(run.status) && (
        <>
          <label for="run-progress">{view.t('insights.run.progress')}</label> <progress id="run-progress" max={100} value={run.progress} />
          <p>
            <a href={view.href(`/admin/insights/runs/${run.id}`)}>{view.t('insights.run.refresh')}</a>
          </p>
          {may.cancel && !run.cancelRequested && (
            <Form action={view.href(`/admin/insights/runs/${run.id}/cancel`)}>
              <Button variant="secondary">{view.t('insights.run.cancel')}</Button>
            </Form>
          )}
        </>
      )}
      <RunFacts run={run} unassigned={props.unassigned} />
      {run.status === 'succeeded' && (
        <ul>
          <li>
            <a href={view.href(`/admin/insights/runs/${run.id}/heat-map`)}>{view.t('insights.heatMap.link')}</a>
          </li>
          <li>
            <a href={view.href(`/admin/insights/runs/${run.id}/compare`)}>{view.t('insights.compare.link')}</a>
          </li>
        </ul>
      )}
      {run.status === 'succeeded' && <EditControls runId={run.id} workbench={props.editing} may={may} />}
      {run.status === 'succeeded' && may.publish && (
        <Form action={view.href(`/admin/insights/runs/${run.id}/publish`)}>
          <p>{view.t('insights.run.publishHint')}</p>
          <Button>{view.t(props.published ? 'insights.run.publishAgain' : 'insights.run.publish')}</Button>
        </Form>
      )}
      {run.status === 'succeeded' && may.saveCodebook && props.themes.length > 0 && (
        <Form action={view.href(`/admin/insights/runs/${run.id}/codebook`)}>
          <p>{view.t('insights.codebook.saveHint')}</p>
          <Button variant="secondary">{view.t('insights.codebook.save')}</Button>
        </Form>
      )}
      {props.themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.id}`} class="theme">
          <ThemeHeading theme={theme} level="h2" id={`theme-${theme.id}`} />
          <p>
            {view.t('insights.theme.generated')} <span>{theme.generatedLabel}</span> · {view.t('insights.theme.coherence')}{' '}
            {theme.coherence.toFixed(2)}
          </p>
          {view.text(theme.summary) && <p lang={localizedLanguage(theme.summary, view.locale)}>{view.text(theme.summary)}</p>}
          <ThemeQuotes theme={theme} />
          <CounterpartsLine counterpartIds={theme.counterpartIds} themes={props.themes} hrefOf={(id) => `#theme-${id}`} />
          {may.edit && (
            <p>
              <a href={view.href(`/admin/insights/runs/${run.id}/themes/${theme.id}`)}>
                {view.t('insights.theme.edit', { theme: view.text(theme.label) })}
              </a>
            </p>
          )}
        </section>
      ))}
      {props.crossLanguage && props.crossLanguage.count > 0 && (
        <CrossLanguageSentences count={props.crossLanguage.count} sentences={props.crossLanguage.sentences} themes={props.themes} />
      )}
      {props.unassignedSentences.length > 0 && (
        <UnassignedSentences
          runId={run.id}
          count={props.unassigned}
          sentences={props.unassignedSentences}
          mayCreate={may.createTheme && !props.editing.locked}
          values={props.unassignedValues ?? { sentences: [], newLabel: {} }}
          errors={props.unassignedErrors}
        />
      )}
    </AdminLayout>
  );
}
