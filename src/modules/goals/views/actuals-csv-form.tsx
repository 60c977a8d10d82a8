import { Button, ErrorSummary, fieldId, TextArea } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { GOALS_LIMITS } from '../schemas.ts';
import type { FormState } from './form-parts.tsx';
import { stringValue } from './form-values.ts';

/** The CSV file's field (the platform's fields have no file input): label, hint, the error at the field. */
function CsvFileField(props: FormState & { label: string }) {
  const view = useView();
  const error = props.errors?.file;
  const id = fieldId('file');
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id} class="field__label">
        {props.label}
      </label>
      <p class="field__hint" id={`${id}-hint`}>
        {view.t('goals.csv.fileHint', { megabytes: (GOALS_LIMITS.csvFileBytes / 1_000_000).toLocaleString(view.locale) })}
      </p>
      {error && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{view.t('platform.form.errorPrefix')} </span>
          {view.t(error.key, error.values)}
        </p>
      )}
      <input
        type="file"
        id={id}
        name="file"
        accept=".csv,.txt,text/csv,text/plain"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}

/**
 * The coordinator's form for figures as CSV: the follow-up CSV's columns, filled in and uploaded as a file or pasted
 * back. It posts multipart (the platform's `Form` posts URL-encoded), with the CSRF token first.
 */
export function ActualsCsvForm(props: { processId: string; processSlug: string } & FormState) {
  const view = useView();
  const labels = { file: view.t('goals.csv.fileField'), csv: view.t('goals.csv.field') };
  return (
    <section aria-labelledby="goals-actuals-csv">
      <h2 id="goals-actuals-csv">{view.t('goals.csv.title')}</h2>
      <ErrorSummary errors={props.errors} labels={labels} />
      <form
        method="post"
        action={view.href(`/admin/goals/processes/${props.processId}/actuals/csv`)}
        enctype="multipart/form-data"
        noValidate
      >
        <input type="hidden" name="_csrf" value={view.csrfToken()} />
        <p>
          <a href={`/api/v1/processes/${props.processSlug}/goals.csv`}>{view.t('goals.csv.template')}</a>
        </p>
        <CsvFileField label={labels.file} errors={props.errors} />
        <TextArea
          name="csv"
          label={labels.csv}
          hint={view.t('goals.csv.hint')}
          value={stringValue(props.values, 'csv')}
          maxLength={GOALS_LIMITS.csvMax}
          rows={8}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('goals.csv.submit')}</Button>
        </div>
      </form>
    </section>
  );
}
