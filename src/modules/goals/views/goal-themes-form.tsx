import { CheckboxGroup } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { FormSection, type FormState } from './form-parts.tsx';

/** A published theme as the goal's theme form offers it. */
export interface ThemeOption {
  id: string;
  label: string;
  contributionCount: number;
}

/** The coordinator's choice of the published themes a goal draws on; the saved choice comes checked. */
export function GoalThemesForm(props: { goalId: string; themes: ThemeOption[]; linkedIds: string[] } & FormState) {
  const view = useView();
  const labels = { themeIds: view.t('goals.themes.legend') };
  if (props.themes.length === 0)
    return (
      <section aria-labelledby="goals-themes-form">
        <h2 id="goals-themes-form">{view.t('goals.themes.title')}</h2>
        <p>{view.t('goals.themes.nonePublished')}</p>
      </section>
    );
  const posted = props.values?.themeIds;
  const checked = props.values ? (Array.isArray(posted) ? posted.map(String) : []) : props.linkedIds;
  return (
    <FormSection
      id="goals-themes-form"
      title={view.t('goals.themes.title')}
      action={`/admin/goals/goals/${props.goalId}/themes`}
      labels={labels}
      errors={props.errors}
      submit={view.t('goals.themes.submit')}
    >
      <CheckboxGroup
        name="themeIds"
        legend={labels.themeIds}
        hint={view.t('goals.themes.hint')}
        values={checked}
        options={props.themes.map((theme) => ({
          value: theme.id,
          label: view.t('goals.themes.option', { label: theme.label, count: theme.contributionCount }),
        }))}
        errors={props.errors}
      />
    </FormSection>
  );
}
