import { LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Objective } from '../model.ts';
import { GOALS_LIMITS } from '../schemas.ts';
import { EntityFormSection, type FormState, OwnerEmailField } from './form-parts.tsx';
import { stringValue, textValue } from './form-values.ts';

/** A saved objective as its form shows it (the owner by e-mail, as the form names them). */
export function objectiveFormValues(objective: Objective, ownerEmail: string | null): Record<string, unknown> {
  return { unitId: objective.unitId, title: objective.title, ownerEmail: ownerEmail ?? '' };
}

/** A unit objective's form: derived from a goal, or edited. The units offered are those the actor manages. */
export function ObjectiveForm(
  props: { action: string; editing: boolean; unitOptions: Array<{ value: string; label: string }> } & FormState,
) {
  const view = useView();
  const labels = {
    unitId: view.t('goals.objective.unit'),
    title: view.t('goals.objective.title'),
    ownerEmail: view.t('goals.objective.owner'),
  };
  return (
    <EntityFormSection entity="objective" editing={props.editing} action={props.action} labels={labels} errors={props.errors}>
      <SelectField
        name="unitId"
        label={labels.unitId}
        options={props.unitOptions}
        emptyLabel={view.t('goals.objective.chooseUnit')}
        value={stringValue(props.values, 'unitId')}
        errors={props.errors}
      />
      <LocalizedTextFields
        name="title"
        label={labels.title}
        value={textValue(props.values, 'title')}
        maxLength={GOALS_LIMITS.titleMax}
        errors={props.errors}
      />
      <OwnerEmailField label={labels.ownerEmail} hint={view.t('goals.objective.ownerHint')} values={props.values} errors={props.errors} />
    </EntityFormSection>
  );
}
