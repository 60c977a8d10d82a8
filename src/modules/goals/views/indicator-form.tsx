import { LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Indicator } from '../model.ts';
import { GOALS_LIMITS, INDICATOR_DIRECTIONS, INDICATOR_SOURCES } from '../schemas.ts';
import { EntityFormSection, type FormState, NumberField, OwnerEmailField } from './form-parts.tsx';
import { stringValue, textValue } from './form-values.ts';

/** A saved indicator as its form shows it (the reporter by e-mail; empty when the objective's owner reports). */
export function indicatorFormValues(indicator: Indicator, ownerEmail: string | null): Record<string, unknown> {
  return {
    name: indicator.name,
    definition: indicator.definition,
    measureUnit: indicator.measureUnit,
    direction: indicator.direction,
    sourceKind: indicator.sourceKind,
    sourceCode: indicator.sourceCode ?? '',
    baselineValue: indicator.baselineValue ?? '',
    baselineOn: indicator.baselineOn ?? '',
    ownerEmail: ownerEmail ?? '',
  };
}

/** An indicator's form: a new one of an objective, or the indicator's edit. */
export function IndicatorForm(props: { action: string; editing: boolean } & FormState) {
  const view = useView();
  const { values, errors } = props;
  const labels = {
    name: view.t('goals.indicator.name'),
    definition: view.t('goals.indicator.definition'),
    measureUnit: view.t('goals.indicator.measureUnit'),
    direction: view.t('goals.indicator.direction'),
    sourceKind: view.t('goals.indicator.sourceKind'),
    sourceCode: view.t('goals.indicator.sourceCode'),
    baselineValue: view.t('goals.indicator.baselineValue'),
    baselineOn: view.t('goals.indicator.baselineOn'),
    ownerEmail: view.t('goals.indicator.owner'),
  };
  return (
    <EntityFormSection entity="indicator" editing={props.editing} action={props.action} labels={labels} errors={errors}>
      <LocalizedTextFields
        name="name"
        label={labels.name}
        value={textValue(values, 'name')}
        maxLength={GOALS_LIMITS.titleMax}
        errors={errors}
      />
      <LocalizedTextFields
        name="definition"
        label={labels.definition}
        value={textValue(values, 'definition')}
        multiline
        required={false}
        maxLength={GOALS_LIMITS.descriptionMax}
        errors={errors}
      />
      <TextField
        name="measureUnit"
        label={labels.measureUnit}
        hint={view.t('goals.indicator.measureUnitHint')}
        value={stringValue(values, 'measureUnit')}
        maxLength={GOALS_LIMITS.measureUnitMax}
        errors={errors}
      />
      <SelectField
        name="direction"
        label={labels.direction}
        options={INDICATOR_DIRECTIONS.map((direction) => ({ value: direction, label: view.t(`goals.direction.${direction}`) }))}
        value={stringValue(values, 'direction') || 'up'}
        errors={errors}
      />
      <SourceFields labels={labels} values={values} errors={errors} />
      <NumberField name="baselineValue" label={labels.baselineValue} values={values} errors={errors} />
      <TextField name="baselineOn" type="date" label={labels.baselineOn} value={stringValue(values, 'baselineOn')} errors={errors} />
      <OwnerEmailField label={labels.ownerEmail} hint={view.t('goals.indicator.ownerHint')} values={values} errors={errors} />
    </EntityFormSection>
  );
}

/** Where the figures come from: the kind of source and a public statistic's code. */
function SourceFields(props: { labels: Record<'sourceKind' | 'sourceCode', string> } & FormState) {
  const view = useView();
  const { values, errors, labels } = props;
  return (
    <>
      <SelectField
        name="sourceKind"
        label={labels.sourceKind}
        options={INDICATOR_SOURCES.map((source) => ({ value: source, label: view.t(`goals.source.${source}`) }))}
        value={stringValue(values, 'sourceKind') || 'manual'}
        errors={errors}
      />
      <TextField
        name="sourceCode"
        label={labels.sourceCode}
        hint={view.t('goals.indicator.sourceCodeHint')}
        value={stringValue(values, 'sourceCode')}
        maxLength={GOALS_LIMITS.sourceCodeMax}
        errors={errors}
      />
    </>
  );
}
