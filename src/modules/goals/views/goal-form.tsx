import { LocalizedTextFields, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Goal } from '../model.ts';
import { GOALS_LIMITS } from '../schemas.ts';
import { EntityFormSection, type FormState } from './form-parts.tsx';
import { stringValue, textValue } from './form-values.ts';

/** A saved goal as its form shows it. */
export function goalFormValues(goal: Goal): Record<string, unknown> {
  return { title: goal.title, description: goal.description, paragraphId: goal.paragraphId ?? '' };
}

/** The coordinator's goal form: a new goal of a process or the goal's edit. */
export function GoalForm(props: { action: string; editing: boolean } & FormState) {
  const view = useView();
  const labels = {
    title: view.t('goals.goal.title'),
    description: view.t('goals.goal.description'),
    paragraphId: view.t('goals.goal.paragraph'),
  };
  return (
    <EntityFormSection entity="goal" editing={props.editing} action={props.action} labels={labels} errors={props.errors}>
      <LocalizedTextFields
        name="title"
        label={labels.title}
        value={textValue(props.values, 'title')}
        maxLength={GOALS_LIMITS.titleMax}
        errors={props.errors}
      />
      <LocalizedTextFields
        name="description"
        label={labels.description}
        value={textValue(props.values, 'description')}
        multiline
        required={false}
        maxLength={GOALS_LIMITS.descriptionMax}
        errors={props.errors}
      />
      <TextField
        name="paragraphId"
        label={labels.paragraphId}
        hint={view.t('goals.goal.paragraphHint')}
        value={stringValue(props.values, 'paragraphId')}
        maxLength={GOALS_LIMITS.idMax}
        errors={props.errors}
      />
    </EntityFormSection>
  );
}
