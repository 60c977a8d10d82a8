import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, CheckboxGroup, ErrorSummary, Form, LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { activeQuestions, hasChoices, type SurveyDefinition } from '../model.ts';
import { SURVEY_LIMITS } from '../schemas.ts';
import { BACKGROUND_KINDS, QUESTION_TYPES } from '../tables.ts';
import type { QuestionFormValues } from './question-form-values.ts';
import { QuestionTypeFields, ShowTypeSettingsButton } from './question-type-fields.tsx';

function ConditionFields(props: {
  definition: SurveyDefinition;
  values: QuestionFormValues;
  questionId: string | null;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const candidates = activeQuestions(props.definition).filter(
    (question) => question.id !== props.questionId && hasChoices(question.type) && question.type !== 'ranking',
  );
  if (candidates.length === 0) return null;
  return (
    <fieldset class="localized-fields">
      <legend class="field__label">{view.t('surveys.builder.condition')}</legend>
      <p class="field__hint">{view.t('surveys.builder.conditionHint')}</p>
      <SelectField
        name="conditionQuestionId"
        label={view.t('surveys.builder.conditionQuestion')}
        value={props.values.conditionQuestionId}
        options={candidates.map((question) => ({
          value: question.id,
          label: `${question.code.toUpperCase()}. ${view.text(question.text)}`,
        }))}
        emptyLabel={view.t('surveys.builder.alwaysShown')}
        errors={props.errors}
        required={false}
      />
      <fieldset class="field" id="field-conditionChoiceIds">
        <legend class="field__label">{view.t('surveys.builder.conditionChoicesLegend')}</legend>
        {props.errors?.conditionChoiceIds && (
          <p class="field__error">{view.t(props.errors.conditionChoiceIds.key, props.errors.conditionChoiceIds.values)}</p>
        )}
        {candidates.map((question) => (
          <div key={question.id}>
            <p class="field__hint">{`${question.code.toUpperCase()}. ${view.text(question.text)}`}</p>
            {question.choices
              .filter((choice) => !choice.removed)
              .map((choice) => (
                <div class="choice" key={choice.id}>
                  <input
                    type="checkbox"
                    id={`field-conditionChoiceIds-${choice.id}`}
                    name="conditionChoiceIds[]"
                    value={choice.id}
                    checked={props.values.conditionChoiceIds.includes(choice.id)}
                  />
                  <label for={`field-conditionChoiceIds-${choice.id}`}>{view.text(choice.label)}</label>
                </div>
              ))}
          </div>
        ))}
      </fieldset>
    </fieldset>
  );
}

/** Where the question goes, its type, texts, whether it is required, and whether it is a background question. */
function QuestionBasics(props: {
  definition: SurveyDefinition;
  action: string;
  values: QuestionFormValues;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { definition, values, errors } = props;
  return (
    <>
      <SelectField
        name="sectionId"
        label={view.t('surveys.builder.section')}
        value={values.sectionId}
        options={definition.sections.map((section) => ({ value: section.id, label: view.text(section.title) }))}
        errors={errors}
      />
      <SelectField
        name="type"
        label={view.t('surveys.builder.type')}
        value={values.type}
        hint={view.t('surveys.builder.typeHint')}
        options={QUESTION_TYPES.map((type) => ({ value: type, label: view.t(`surveys.type.${type}`) }))}
        errors={errors}
      />
      <ShowTypeSettingsButton action={props.action} />
      <p class="visually-hidden" role="status" data-type-status data-template={view.t('surveys.builder.typeShown', { type: '{type}' })} />
      <LocalizedTextFields
        name="text"
        label={view.t('surveys.builder.text')}
        value={values.text}
        errors={errors}
        maxLength={SURVEY_LIMITS.questionTextMax}
      />
      <LocalizedTextFields
        name="help"
        label={view.t('surveys.builder.help')}
        value={values.help}
        errors={errors}
        required={false}
        multiline
        rows={2}
        maxLength={SURVEY_LIMITS.helpMax}
      />
      <CheckboxGroup
        name="required"
        legend={view.t('surveys.builder.requiredLegend')}
        values={values.required ? ['yes'] : []}
        options={[{ value: 'yes', label: view.t('surveys.builder.required') }]}
        errors={errors}
      />
      <SelectField
        name="background"
        label={view.t('surveys.builder.background')}
        hint={view.t('surveys.builder.backgroundHint')}
        value={values.background}
        options={BACKGROUND_KINDS.map((kind) => ({ value: kind, label: view.t(`surveys.background.${kind}`) }))}
        emptyLabel={view.t('surveys.builder.notBackground')}
        errors={errors}
        required={false}
      />
    </>
  );
}

/**
 * The question form: texts in fi, sv and en, type, the choices and settings of
 * the chosen type only, and the condition. Without JavaScript the type is
 * shown by a button that answers with the form again for the chosen type,
 * every value kept; with question-editor.js the parts switch as the type changes.
 */
export function AdminQuestionPage(props: {
  definition: SurveyDefinition;
  questionId: string | null;
  values: QuestionFormValues;
  errors?: FieldErrors | undefined;
  needsConfirm?: boolean;
}) {
  const view = useView();
  const { definition, values, errors } = props;
  const surveyHref = view.href(`/admin/surveys/${definition.survey.id}`);
  const title = view.t(props.questionId ? 'surveys.builder.editQuestion' : 'surveys.builder.newQuestion');
  const action = props.questionId ? `${surveyHref}/questions/${props.questionId}` : `${surveyHref}/questions/new`;
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('surveys.admin.title'), href: view.href('/admin/surveys') },
        { label: view.text(definition.survey.title), href: surveyHref },
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary
        errors={errors}
        labels={{
          sectionId: view.t('surveys.builder.section'),
          type: view.t('surveys.builder.type'),
          background: view.t('surveys.builder.background'),
          conditionQuestionId: view.t('surveys.builder.conditionQuestion'),
        }}
      />
      {props.needsConfirm && (
        <div class="notice notice--warning" role="alert">
          <p>{view.t('surveys.builder.confirmExplain')}</p>
        </div>
      )}
      <Form action={action}>
        {/* Enter in a field presses a form's first submit button: without this one that would be
            "show the settings of the chosen type", which saves nothing. Hidden from sight and from
            the keyboard; the visible save button below does the same. */}
        <button type="submit" class="visually-hidden" tabIndex={-1} aria-hidden="true">
          {view.t('surveys.builder.saveQuestion')}
        </button>
        <QuestionBasics definition={definition} action={action} values={values} errors={errors} />
        <QuestionTypeFields action={action} values={values} errors={errors} />
        <ConditionFields definition={definition} values={values} questionId={props.questionId} errors={errors} />
        {props.needsConfirm && (
          <CheckboxGroup
            name="confirm"
            legend={view.t('surveys.builder.confirmLegend')}
            values={[]}
            options={[{ value: 'yes', label: view.t('surveys.builder.confirmArchive') }]}
            errors={errors}
          />
        )}
        <div class="form-actions">
          <Button>{view.t('surveys.builder.saveQuestion')}</Button>
          <a class="button button--secondary" href={surveyHref}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
      <script type="module" src="/assets/surveys/question-editor.js" />
    </AdminLayout>
  );
}
