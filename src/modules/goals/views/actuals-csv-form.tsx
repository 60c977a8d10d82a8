import { TextArea } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { GOALS_LIMITS } from '../schemas.ts';
import { FormSection, type FormState } from './form-parts.tsx';
import { stringValue } from './form-values.ts';

/** The coordinator's form for figures as CSV: the follow-up CSV's columns, filled in and pasted back. */
export function ActualsCsvForm(props: { processId: string; processSlug: string } & FormState) {
  const view = useView();
  const labels = { csv: view.t('goals.csv.field') };
  return (
    <FormSection
      id="goals-actuals-csv"
      title={view.t('goals.csv.title')}
      action={`/admin/goals/processes/${props.processId}/actuals/csv`}
      labels={labels}
      errors={props.errors}
      submit={view.t('goals.csv.submit')}
    >
      <p>
        <a href={`/api/v1/processes/${props.processSlug}/goals.csv`}>{view.t('goals.csv.template')}</a>
      </p>
      <TextArea
        name="csv"
        label={labels.csv}
        hint={view.t('goals.csv.hint')}
        value={stringValue(props.values, 'csv')}
        maxLength={GOALS_LIMITS.csvMax}
        rows={8}
        errors={props.errors}
      />
    </FormSection>
  );
}
