import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../http/errors.ts';
import { LOCALES, type LocalizedText } from '../../i18n/locales.ts';
import { useView } from '../context.ts';

/** A POST form with its CSRF token. */
export function Form(props: { action: string; children: ComponentChildren; class?: string; novalidate?: boolean }) {
  const view = useView();
  return (
    <form method="post" action={props.action} class={props.class} noValidate={props.novalidate ?? true}>
      <input type="hidden" name="_csrf" value={view.csrfToken()} />
      {props.children}
    </form>
  );
}

/** The error summary at the top of a form, linking to each field (GOV.UK pattern). */
export function ErrorSummary(props: { errors: FieldErrors | undefined; labels?: Record<string, string> }) {
  const view = useView();
  const entries = Object.entries(props.errors ?? {});
  if (entries.length === 0) return null;
  return (
    // autofocus moves focus here when the page loads, without a script: the first thing a keyboard or screen reader user meets.
    // biome-ignore lint/a11y/noAutofocus: after a failed submit, focus on the list of errors is what WCAG 3.3.1 techniques ask for
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
      <h2 id="error-summary-title">{view.t('platform.form.errorSummaryTitle')}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>
              {props.labels?.[field] ? `${props.labels[field]}: ` : ''}
              {view.t(message.key, message.values)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The HTML id of a field named with dots (`title.fi` → `field-title-fi`). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors | undefined;
  required?: boolean;
  lang?: string;
}

function FieldFrame(props: FieldProps & { children: ComponentChildren; namedError?: boolean }) {
  const view = useView();
  const id = fieldId(props.name);
  const error = props.errors?.[props.name];
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id} class="field__label">
        {props.label}
        {props.required === false && <span class="field__optional"> ({view.t('platform.form.optional')})</span>}
      </label>
      {props.hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{view.t('platform.form.errorPrefix')} </span>
          {props.namedError
            ? view.t('platform.form.namedError', { field: props.label, message: view.t(error.key, error.values) })
            : view.t(error.key, error.values)}
        </p>
      )}
      {props.children}
    </div>
  );
}

function describedBy(props: FieldProps): string | undefined {
  const id = fieldId(props.name);
  const ids = [props.hint ? `${id}-hint` : '', props.errors?.[props.name] ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled single-line input with hint and error; `min` and `max` bound a number (`type="number"`) as the schema does. */
export function TextField(
  props: FieldProps & {
    value?: string | number | null;
    type?: string;
    autocomplete?: string;
    maxLength?: number;
    inputMode?: string;
    min?: number;
    max?: number;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        id={fieldId(props.name)}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autoComplete={props.autocomplete}
        maxLength={props.maxLength}
        min={props.min}
        max={props.max}
        inputMode={props.inputMode as 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url' | 'search' | 'none' | undefined}
        lang={props.lang}
        required={props.required}
        aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        class="input"
      />
    </FieldFrame>
  );
}

/** A labelled multi-line input with hint and error. */
export function TextArea(props: FieldProps & { value?: string | null; rows?: number; maxLength?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        lang={props.lang}
        required={props.required}
        aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        class="input"
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

/** A group of a select's options (`<optgroup>`), keyed so a script can show only the one another field chose. */
export interface OptionGroup {
  key: string;
  label: string;
  options: Array<{ value: string; label: string }>;
}

/**
 * A labelled select with hint and error; its error names the field, since "choose one of the options"
 * alone does not say which. With `groups` and `follows` (the name of another select of the form), the
 * options come in one `<optgroup>` per value of that select, and `/assets/platform/follow-choice.js`
 * (loaded by the page) shows only the chosen one; without JavaScript every group is shown and the
 * server checks the pair.
 */
export function SelectField(
  props: FieldProps & {
    value?: string | null;
    options: Array<{ value: string; label: string }>;
    emptyLabel?: string;
    groups?: OptionGroup[];
    follows?: string;
  },
) {
  const option = (choice: { value: string; label: string }) => (
    <option key={choice.value} value={choice.value} selected={choice.value === props.value}>
      {choice.label}
    </option>
  );
  return (
    <FieldFrame {...props} namedError>
      <select
        id={fieldId(props.name)}
        name={props.name}
        required={props.required}
        aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        class="input"
        data-follows={props.follows}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map(option)}
        {props.groups?.map((group) => (
          <optgroup key={group.key} label={group.label} data-value={group.key}>
            {group.options.map(option)}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * A group of checkboxes sharing one name, in a fieldset with a legend. With `follows` (another
 * field's name and one of its values) it is one of several such groups, shown by
 * `/assets/platform/follow-choice.js` only while that value is chosen.
 */
export function CheckboxGroup(
  props: Omit<FieldProps, 'label'> & {
    legend: string;
    values: string[];
    options: Array<{ value: string; label: string }>;
    follows?: { name: string; value: string };
  },
) {
  const view = useView();
  const error = props.errors?.[props.name];
  const id = props.follows ? `${fieldId(props.name)}-${props.follows.value.replace(/[^a-zA-Z0-9_-]/g, '-')}` : fieldId(props.name);
  return (
    <fieldset class={error ? 'field field--error' : 'field'} id={id} data-follows={props.follows?.name} data-value={props.follows?.value}>
      <legend class="field__label">{props.legend}</legend>
      {props.hint && <p class="field__hint">{props.hint}</p>}
      {error && <p class="field__error">{view.t(error.key, error.values)}</p>}
      {props.options.map((option) => {
        const id = `${fieldId(props.name)}-${option.value}`;
        return (
          <div class="choice" key={option.value}>
            <input type="checkbox" id={id} name={`${props.name}[]`} value={option.value} checked={props.values.includes(option.value)} />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Fields for a text in fi, sv and en, Finnish first and required. */
export function LocalizedTextFields(
  props: Omit<FieldProps, 'lang'> & { value?: Partial<LocalizedText> | null; multiline?: boolean; rows?: number; maxLength?: number },
) {
  const view = useView();
  return (
    <fieldset class="localized-fields">
      <legend class="field__label">{props.label}</legend>
      {props.hint && <p class="field__hint">{props.hint}</p>}
      {LOCALES.map((locale) => {
        const name = `${props.name}.${locale}`;
        const common = {
          name,
          label: view.t(`platform.language.${locale}`),
          errors: props.errors,
          required: locale === 'fi' ? props.required !== false : false,
          lang: locale,
          maxLength: props.maxLength,
        };
        return props.multiline ? (
          <TextArea key={locale} {...common} value={props.value?.[locale] ?? ''} rows={props.rows} />
        ) : (
          <TextField key={locale} {...common} value={props.value?.[locale] ?? ''} />
        );
      })}
    </fieldset>
  );
}

/** A primary or secondary submit button that says what it does. */
export function Button(props: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'danger';
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" class={`button button--${props.variant ?? 'primary'}`} name={props.name} value={props.value}>
      {props.children}
    </button>
  );
}
