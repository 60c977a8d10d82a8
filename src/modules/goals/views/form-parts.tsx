import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { stringValue } from './form-values.ts';

/** What every goals form is given: the values to show (posted, or the saved ones) and what is wrong. */
export interface FormState {
  values?: Record<string, unknown> | undefined;
  errors?: FieldErrors | undefined;
}

/** A form in its own section: heading, error summary naming each field by its label, the fields and the button. */
export function FormSection(props: {
  id: string;
  title: string;
  action: string;
  labels: Record<string, string>;
  errors?: FieldErrors | undefined;
  submit: string;
  children: ComponentChildren;
}) {
  const view = useView();
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ErrorSummary errors={props.errors} labels={props.labels} />
      <Form action={view.href(props.action)}>
        {props.children}
        <div class="form-actions">
          <Button>{props.submit}</Button>
        </div>
      </Form>
    </section>
  );
}

/** A figure or a year as a person types it on a phone (the numeric keyboard; "12,5" is read as 12.5). */
export function NumberField(props: { name: string; label: string; hint?: string; whole?: boolean } & FormState) {
  return (
    <TextField
      name={props.name}
      label={props.label}
      hint={props.hint}
      value={stringValue(props.values, props.name)}
      inputMode={props.whole ? 'numeric' : 'decimal'}
      maxLength={props.whole ? 4 : 20}
      errors={props.errors}
    />
  );
}

/** An owner named by e-mail (an account with a role in the unit). */
export function OwnerEmailField(props: { label: string; hint: string } & FormState) {
  return (
    <TextField
      name="ownerEmail"
      type="email"
      label={props.label}
      hint={props.hint}
      value={stringValue(props.values, 'ownerEmail')}
      autocomplete="off"
      maxLength={254}
      errors={props.errors}
    />
  );
}

/** The form of a goal, an objective or an indicator: one form for adding one and for editing it, told apart by `editing`. */
export function EntityFormSection(props: {
  entity: 'goal' | 'objective' | 'indicator';
  editing: boolean;
  action: string;
  labels: Record<string, string>;
  errors?: FieldErrors | undefined;
  children: ComponentChildren;
}) {
  const view = useView();
  return (
    <FormSection
      id={`goals-${props.entity}-form`}
      title={view.t(`goals.${props.entity}.${props.editing ? 'editTitle' : 'formTitle'}`)}
      action={props.action}
      labels={props.labels}
      errors={props.errors}
      submit={view.t(`goals.${props.entity}.submit`)}
    >
      {props.children}
    </FormSection>
  );
}
