import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ObjectiveNode } from '../follow-up-tree.ts';
import type { Goal } from '../model.ts';
import { GOALS_LIMITS, INDICATOR_DIRECTIONS, INDICATOR_SOURCES } from '../schemas.ts';
import { stringValue, textValue } from './form-values.ts';
import { StatusTag } from './status-tag.tsx';

/** An objective: the goal it cites, its indicators, and the form to add an indicator. */
export function AdminObjectivePage(props: {
  process: { id: string; title: LocalizedText };
  goal: Goal;
  node: ObjectiveNode;
  unitName: string;
  ownerName: string | null;
  mayManage: boolean;
  form: { values?: Record<string, unknown>; errors?: FieldErrors | undefined };
}) {
  const view = useView();
  const title = view.text(props.node.objective.title);
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('goals.admin.title'), href: view.href('/admin/goals') },
        { label: view.text(props.process.title), href: view.href(`/admin/goals/processes/${props.process.id}`) },
        { label: view.text(props.goal.title), href: view.href(`/admin/goals/goals/${props.goal.id}`) },
      ]}
    >
      <h1>{title}</h1>
      <dl class="summary-list">
        <div>
          <dt>{view.t('goals.objective.servesGoal')}</dt>
          <dd>{view.text(props.goal.title)}</dd>
        </div>
        <div>
          <dt>{view.t('goals.objective.unit')}</dt>
          <dd>{props.unitName}</dd>
        </div>
        <div>
          <dt>{view.t('goals.objective.owner')}</dt>
          <dd>{props.ownerName ?? view.t('goals.objective.noOwner')}</dd>
        </div>
        <div>
          <dt>{view.t('goals.indicator.status')}</dt>
          <dd>
            <StatusTag status={props.node.status} />
          </dd>
        </div>
      </dl>
      <h2>{view.t('goals.indicator.listTitle')}</h2>
      {props.node.indicators.length === 0 ? (
        <p>{view.t('goals.indicator.empty')}</p>
      ) : (
        <ul>
          {props.node.indicators.map((node) => (
            <li key={node.indicator.id}>
              <a href={view.href(`/admin/goals/indicators/${node.indicator.id}`)}>{view.text(node.indicator.name)}</a>{' '}
              <StatusTag status={node.status} />
            </li>
          ))}
        </ul>
      )}
      {props.mayManage && <IndicatorForm objectiveId={props.node.objective.id} values={props.form.values} errors={props.form.errors} />}
    </AdminLayout>
  );
}

/** The unit manager's form for a new indicator. */
function IndicatorForm(props: { objectiveId: string; values?: Record<string, unknown> | undefined; errors?: FieldErrors | undefined }) {
  const view = useView();
  const labels = {
    name: view.t('goals.indicator.name'),
    measureUnit: view.t('goals.indicator.measureUnit'),
    direction: view.t('goals.indicator.direction'),
    sourceKind: view.t('goals.indicator.sourceKind'),
    sourceCode: view.t('goals.indicator.sourceCode'),
    baselineValue: view.t('goals.indicator.baselineValue'),
    baselineOn: view.t('goals.indicator.baselineOn'),
    ownerEmail: view.t('goals.indicator.owner'),
  };
  const values = props.values;
  return (
    <section aria-labelledby="goals-new-indicator">
      <h2 id="goals-new-indicator">{view.t('goals.indicator.formTitle')}</h2>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href(`/admin/goals/objectives/${props.objectiveId}/indicators`)}>
        <LocalizedTextFields
          name="name"
          label={labels.name}
          value={textValue(values, 'name')}
          maxLength={GOALS_LIMITS.titleMax}
          errors={props.errors}
        />
        <LocalizedTextFields
          name="definition"
          label={view.t('goals.indicator.definition')}
          value={textValue(values, 'definition')}
          multiline
          required={false}
          maxLength={GOALS_LIMITS.descriptionMax}
          errors={props.errors}
        />
        <TextField
          name="measureUnit"
          label={labels.measureUnit}
          hint={view.t('goals.indicator.measureUnitHint')}
          value={stringValue(values, 'measureUnit')}
          maxLength={GOALS_LIMITS.measureUnitMax}
          errors={props.errors}
        />
        <SelectField
          name="direction"
          label={labels.direction}
          options={INDICATOR_DIRECTIONS.map((direction) => ({ value: direction, label: view.t(`goals.direction.${direction}`) }))}
          value={stringValue(values, 'direction') || 'up'}
          errors={props.errors}
        />
        <SourceAndBaselineFields values={values} errors={props.errors} labels={labels} />
        <div class="form-actions">
          <Button>{view.t('goals.indicator.submit')}</Button>
        </div>
      </Form>
    </section>
  );
}

/** The indicator form's data source, baseline and reporter fields. */
function SourceAndBaselineFields(props: {
  values?: Record<string, unknown> | undefined;
  errors?: FieldErrors | undefined;
  labels: Record<'sourceKind' | 'sourceCode' | 'baselineValue' | 'baselineOn' | 'ownerEmail', string>;
}) {
  const view = useView();
  const { values, labels } = props;
  return (
    <>
      <SelectField
        name="sourceKind"
        label={labels.sourceKind}
        options={INDICATOR_SOURCES.map((source) => ({ value: source, label: view.t(`goals.source.${source}`) }))}
        value={stringValue(values, 'sourceKind') || 'manual'}
        errors={props.errors}
      />
      <TextField
        name="sourceCode"
        label={labels.sourceCode}
        hint={view.t('goals.indicator.sourceCodeHint')}
        value={stringValue(values, 'sourceCode')}
        maxLength={GOALS_LIMITS.sourceCodeMax}
        errors={props.errors}
      />
      <TextField
        name="baselineValue"
        label={labels.baselineValue}
        value={stringValue(values, 'baselineValue')}
        inputMode="decimal"
        maxLength={20}
        errors={props.errors}
      />
      <TextField name="baselineOn" type="date" label={labels.baselineOn} value={stringValue(values, 'baselineOn')} errors={props.errors} />
      <TextField
        name="ownerEmail"
        type="email"
        label={labels.ownerEmail}
        hint={view.t('goals.indicator.ownerHint')}
        value={stringValue(values, 'ownerEmail')}
        autocomplete="off"
        maxLength={254}
        errors={props.errors}
      />
    </>
  );
}
