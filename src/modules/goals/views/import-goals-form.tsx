import { CheckboxGroup } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { FormSection, type FormState } from './form-parts.tsx';

/** The approved story's paragraphs not yet cited by a goal: key, the title a goal would take, and whether it has a bold lead. */
export interface StoryImport {
  versionNumber: number;
  paragraphs: Array<{ key: string; title: string; lead: boolean }>;
}

/** The coordinator's form that makes chosen paragraphs of the approved story goals (those with a bold lead come checked). */
export function ImportGoalsForm(props: { processId: string; storyImport: StoryImport | null } & FormState) {
  const view = useView();
  const labels = { paragraphKeys: view.t('goals.import.paragraphs') };
  if (!props.storyImport)
    return (
      <section aria-labelledby="goals-import-form">
        <h2 id="goals-import-form">{view.t('goals.import.title')}</h2>
        <p>{view.t('goals.import.noApprovedStory')}</p>
      </section>
    );
  if (props.storyImport.paragraphs.length === 0)
    return (
      <section aria-labelledby="goals-import-form">
        <h2 id="goals-import-form">{view.t('goals.import.title')}</h2>
        <p>{view.t('goals.import.allImported', { version: props.storyImport.versionNumber })}</p>
      </section>
    );
  const posted = props.values?.paragraphKeys;
  const checked = Array.isArray(posted)
    ? posted.map(String)
    : props.storyImport.paragraphs.filter((paragraph) => paragraph.lead).map((paragraph) => paragraph.key);
  return (
    <FormSection
      id="goals-import-form"
      title={view.t('goals.import.title')}
      action={`/admin/goals/processes/${props.processId}/goals/import`}
      labels={labels}
      errors={props.errors}
      submit={view.t('goals.import.submit')}
    >
      <CheckboxGroup
        name="paragraphKeys"
        legend={labels.paragraphKeys}
        hint={view.t('goals.import.hint', { version: props.storyImport.versionNumber })}
        values={checked}
        options={props.storyImport.paragraphs.map((paragraph) => ({ value: paragraph.key, label: paragraph.title }))}
        errors={props.errors}
      />
    </FormSection>
  );
}
