import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { GoalNode } from '../follow-up-tree.ts';
import type { WeightedProgress } from '../progress.ts';
import { IndicatorFacts } from './admin-indicator-page.tsx';
import { IndicatorChart } from './indicator-chart.tsx';
import { StatusTag } from './status-tag.tsx';

/** A goal's or an objective's progress in words and as a meter; nothing while none of its indicators can be measured. */
function ProgressLine(props: { progress: WeightedProgress }) {
  const view = useView();
  if (props.progress.progress === null) return null;
  const percent = Math.round(props.progress.progress * 100);
  const text = view.t('goals.progress.value', { percent, indicators: props.progress.weight });
  return (
    <p>
      {text}{' '}
      <meter min={0} max={100} value={percent} aria-hidden="true">
        {percent}
      </meter>
    </p>
  );
}

/** The public follow-up of a process: goals, the units' objectives with status, each indicator's chart and table; per unit or overall. */
export function PublicFollowUpPage(props: {
  process: { slug: string; title: LocalizedText };
  tree: GoalNode[];
  unitNames: Map<string, string>;
  units: Array<{ id: string; name: string }>;
  unitId: string | null;
}) {
  const view = useView();
  const title = view.t('goals.public.title', { process: view.text(props.process.title) });
  const base = `/processes/${props.process.slug}/goals`;
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{view.t('goals.public.intro')}</p>
      <nav aria-label={view.t('goals.public.unitNavigation')}>
        <ul>
          <li>
            <a href={view.href(base)} aria-current={props.unitId === null ? 'page' : undefined}>
              {view.t('goals.public.overall')}
            </a>
          </li>
          {props.units.map((unit) => (
            <li key={unit.id}>
              <a href={view.href(`${base}?unit=${unit.id}`)} aria-current={props.unitId === unit.id ? 'page' : undefined}>
                {unit.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <a href={`/api/v1${base}`}>{view.t('goals.public.json')}</a> · <a href={`/api/v1${base}.csv`}>{view.t('goals.public.csv')}</a> ·{' '}
        <a href={`/api/v1${base}/dictionary`}>{view.t('goals.public.dictionary')}</a>
      </p>
      {props.tree.length === 0 && <p>{view.t('goals.admin.noGoals')}</p>}
      {props.tree.map((node) => (
        <section key={node.goal.id} aria-labelledby={`goal-${node.goal.id}`}>
          <h2 id={`goal-${node.goal.id}`}>
            {view.text(node.goal.title)} <StatusTag status={node.status} />
          </h2>
          {view.text(node.goal.description) && <p>{view.text(node.goal.description)}</p>}
          <ProgressLine progress={node.progress} />
          <p>
            <a href={view.href(`${base}/${node.goal.id}/trace`)}>{view.t('goals.trace.open')}</a>
          </p>
          {node.objectives.length === 0 && <p>{view.t('goals.objective.empty')}</p>}
          {node.objectives.map((objective) => (
            <article key={objective.objective.id} aria-labelledby={`objective-${objective.objective.id}`}>
              <h3 id={`objective-${objective.objective.id}`}>
                {view.text(objective.objective.title)} ({props.unitNames.get(objective.objective.unitId) ?? ''}){' '}
                <StatusTag status={objective.status} />
              </h3>
              <ProgressLine progress={objective.progress} />
              {objective.indicators.map((indicator) => (
                <div key={indicator.indicator.id}>
                  <h4>
                    {view.text(indicator.indicator.name)} <StatusTag status={indicator.status} />
                  </h4>
                  <IndicatorFacts node={indicator} />
                  <IndicatorChart node={indicator} id={`chart-${indicator.indicator.id}`} />
                </div>
              ))}
            </article>
          ))}
        </section>
      ))}
      <h2>{view.t('goals.public.ruleTitle')}</h2>
      <p>{view.t('goals.public.rule')}</p>
    </Layout>
  );
}
