import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { SelectField, TextArea } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { IndicatorNode } from '../follow-up-tree.ts';
import type { Objective, Round } from '../model.ts';
import { GOALS_LIMITS } from '../schemas.ts';
import { FormSection, type FormState, NumberField } from './form-parts.tsx';
import { stringValue } from './form-values.ts';
import { formatFigure } from './format.ts';
import { IndicatorChart } from './indicator-chart.tsx';

/** An indicator: its definition, source and baseline, the chart and table by round, and the forms for targets and actuals. */
export function AdminIndicatorPage(props: {
  process: { id: string; title: LocalizedText };
  objective: Objective;
  node: IndicatorNode;
  mayManage: boolean;
  mayReport: boolean;
  form: { name: 'target' | 'actual' | null; values?: Record<string, unknown>; errors?: FieldErrors | undefined };
}) {
  const view = useView();
  const { indicator } = props.node;
  const title = view.text(indicator.name);
  const none: { values?: Record<string, unknown>; errors?: FieldErrors | undefined } = {};
  const targetForm = props.form.name === 'target' ? props.form : none;
  const actualForm = props.form.name === 'actual' ? props.form : none;
  const openRounds = props.node.rounds.filter((entry) => entry.round.closedAt === null);
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('goals.admin.title'), href: view.href('/admin/goals') },
        { label: view.text(props.process.title), href: view.href(`/admin/goals/processes/${props.process.id}`) },
        { label: view.text(props.objective.title), href: view.href(`/admin/goals/objectives/${props.objective.id}`) },
      ]}
    >
      <h1>{title}</h1>
      <IndicatorFacts node={props.node} />
      {props.mayManage && (
        <p>
          <a href={view.href(`/admin/goals/indicators/${indicator.id}/edit`)}>{view.t('goals.indicator.edit')}</a>
        </p>
      )}
      <IndicatorChart node={props.node} id={`chart-${indicator.id}`} />
      <h2>{view.t('goals.target.listTitle')}</h2>
      {indicator.targets.size === 0 ? (
        <p>{view.t('goals.target.empty')}</p>
      ) : (
        <ul>
          {[...indicator.targets.entries()].map(([year, value]) => (
            <li key={year}>
              {view.t('goals.target.item', { year: String(year), value: formatFigure(value, view.locale), unit: indicator.measureUnit })}
            </li>
          ))}
        </ul>
      )}
      {props.mayManage && <TargetForm indicatorId={indicator.id} values={targetForm.values} errors={targetForm.errors} />}
      {props.mayReport && openRounds.length > 0 && (
        <ActualForm
          indicatorId={indicator.id}
          rounds={openRounds.map((entry) => entry.round)}
          values={actualForm.values}
          errors={actualForm.errors}
        />
      )}
    </AdminLayout>
  );
}

/** An indicator's definition, unit, direction, source and baseline as a summary list. */
export function IndicatorFacts(props: { node: IndicatorNode }) {
  const view = useView();
  const { indicator } = props.node;
  return (
    <dl class="summary-list">
      {view.text(indicator.definition) && (
        <div>
          <dt>{view.t('goals.indicator.definition')}</dt>
          <dd>{view.text(indicator.definition)}</dd>
        </div>
      )}
      <div>
        <dt>{view.t('goals.indicator.measureUnit')}</dt>
        <dd>{indicator.measureUnit}</dd>
      </div>
      <div>
        <dt>{view.t('goals.indicator.direction')}</dt>
        <dd>{view.t(`goals.direction.${indicator.direction}`)}</dd>
      </div>
      <div>
        <dt>{view.t('goals.indicator.sourceKind')}</dt>
        <dd>
          {view.t(`goals.source.${indicator.sourceKind}`)}
          {indicator.sourceCode ? ` (${indicator.sourceCode})` : ''}
        </dd>
      </div>
      <div>
        <dt>{view.t('goals.indicator.baselineValue')}</dt>
        <dd>
          {indicator.baselineValue === null
            ? '–'
            : view.t('goals.indicator.baseline', {
                value: formatFigure(indicator.baselineValue, view.locale),
                unit: indicator.measureUnit,
                on: indicator.baselineOn ?? '–',
              })}
        </dd>
      </div>
    </dl>
  );
}

type FigureFormProps = { indicatorId: string } & FormState;

/** The unit manager's form for a year's target. */
function TargetForm(props: FigureFormProps) {
  const view = useView();
  const labels = { year: view.t('goals.target.year'), targetValue: view.t('goals.target.value') };
  return (
    <FormSection
      id="goals-set-target"
      title={view.t('goals.target.formTitle')}
      action={`/admin/goals/indicators/${props.indicatorId}/targets`}
      labels={labels}
      errors={props.errors}
      submit={view.t('goals.target.submit')}
    >
      <NumberField name="year" label={labels.year} whole values={props.values} errors={props.errors} />
      <NumberField name="targetValue" label={labels.targetValue} values={props.values} errors={props.errors} />
    </FormSection>
  );
}

/** The reporter's form for an actual in an open round. */
function ActualForm(props: FigureFormProps & { rounds: Round[] }) {
  const view = useView();
  const labels = {
    roundId: view.t('goals.round.name'),
    actualValue: view.t('goals.indicator.actual'),
    comment: view.t('goals.actual.comment'),
  };
  return (
    <FormSection
      id="goals-record-actual"
      title={view.t('goals.actual.formTitle')}
      action={`/admin/goals/indicators/${props.indicatorId}/actuals`}
      labels={labels}
      errors={props.errors}
      submit={view.t('goals.actual.submit')}
    >
      <SelectField
        name="roundId"
        label={labels.roundId}
        options={props.rounds.map((round) => ({ value: round.id, label: view.text(round.name) }))}
        value={stringValue(props.values, 'roundId')}
        errors={props.errors}
      />
      <NumberField name="actualValue" label={labels.actualValue} values={props.values} errors={props.errors} />
      <TextArea
        name="comment"
        label={labels.comment}
        value={stringValue(props.values, 'comment')}
        maxLength={GOALS_LIMITS.commentMax}
        rows={3}
        errors={props.errors}
      />
    </FormSection>
  );
}
