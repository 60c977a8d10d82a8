import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AttributeOption } from '../queries/attribute-options.ts';
import type { Question } from '../queries/list-questions.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import type { QuotaAttribute } from '../tables.ts';

/** What the registration form was filled with (shown again beside errors). */
export interface RegistrationFormValues {
  name: string;
  email: string;
  attributeValue: string;
  answers: Record<string, string>;
}

/** The form's setting: where it posts and what the registrant must or need not say. */
export interface RegistrationFormSetup {
  action: string;
  attribute: QuotaAttribute;
  options: AttributeOption[];
  questions: Question[];
  /** Signed in: name and e-mail come from the account. */
  account: { name: string; email: string } | null;
  /** An invitation's address, which the registrant cannot change. */
  fixedEmail: string | null;
  /** A staff member's own unit, which picks the quota. */
  ownUnit: string | null;
  retentionDays: number;
}

/** Unit options read as "Unit – work community" so a work community is never mistaken for a unit. */
export function optionLabels(text: (value: LocalizedText) => string, options: AttributeOption[]): Array<{ value: string; label: string }> {
  return options.map((option) => {
    const parent = option.parentValue ? options.find((entry) => entry.value === option.parentValue) : undefined;
    const label = text(option.label);
    return { value: option.value, label: parent ? `${text(parent.label)} – ${label}` : label };
  });
}

function AttributeField(props: { setup: RegistrationFormSetup; value: string; errors?: FieldErrors }) {
  const view = useView();
  const { setup } = props;
  if (setup.attribute === 'none') return null;
  const labels = optionLabels(view.text, setup.options);
  if (setup.ownUnit) {
    const own = labels.find((option) => option.value === setup.ownUnit);
    return <p>{view.t('events.register.ownUnit', { unit: own?.label ?? '' })}</p>;
  }
  return (
    <SelectField
      name="attributeValue"
      label={setup.attribute === 'unit' ? view.t('events.register.unit') : view.t('events.register.sector')}
      hint={view.t('events.register.attributeHint')}
      emptyLabel={view.t('events.register.choose')}
      value={props.value}
      options={labels}
      errors={props.errors}
    />
  );
}

function PersonFields(props: { setup: RegistrationFormSetup; values: RegistrationFormValues; errors?: FieldErrors }) {
  const view = useView();
  const { setup, values } = props;
  if (setup.account)
    return <p>{view.t('events.register.asAccount', { name: setup.account.name, email: setup.fixedEmail ?? setup.account.email })}</p>;
  return (
    <>
      <TextField
        name="name"
        label={view.t('events.register.name')}
        value={values.name}
        errors={props.errors}
        autocomplete="name"
        maxLength={EVENT_LIMITS.nameMax}
      />
      {setup.fixedEmail ? (
        <p>{view.t('events.register.invitedAddress', { email: setup.fixedEmail })}</p>
      ) : (
        <TextField
          name="email"
          type="email"
          label={view.t('events.register.email')}
          hint={view.t('events.register.emailHint')}
          value={values.email}
          errors={props.errors}
          autocomplete="email"
          maxLength={254}
        />
      )}
    </>
  );
}

/** The registration form: who, which unit or sector, the extra questions, and what happens to the answers. */
export function RegistrationForm(props: { setup: RegistrationFormSetup; values: RegistrationFormValues; errors?: FieldErrors }) {
  const view = useView();
  const { setup, values, errors } = props;
  return (
    <Form action={setup.action}>
      <ErrorSummary errors={errors} />
      <PersonFields setup={setup} values={values} errors={errors} />
      <AttributeField setup={setup} value={values.attributeValue} errors={errors} />
      {setup.questions.map((question) => (
        <TextArea
          key={question.id}
          name={`answers.${question.id}`}
          label={view.text(question.label)}
          required={question.required}
          value={values.answers[question.id] ?? ''}
          rows={2}
          maxLength={EVENT_LIMITS.answerMax}
          errors={errors}
        />
      ))}
      {setup.questions.length > 0 && <p class="field__hint">{view.t('events.register.answersDeleted', { days: setup.retentionDays })}</p>}
      <div class="form-actions">
        <Button>{view.t('events.register.submit')}</Button>
      </div>
    </Form>
  );
}
