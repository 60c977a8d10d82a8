import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import { LANGUAGE_LABEL_KEYS, ROLE_LABEL_KEYS } from '../views/labels.ts';
import type { StaffImportResult } from './import-staff.ts';
import type { MissingPerson, PlannedRow } from './plan-staff-import.ts';

const PATH = '/admin/staff/import';

/** A multipart form (the platform's `Form` posts URL-encoded) with the CSRF token first. */
function MultipartForm(props: { children: preact.ComponentChildren }) {
  const view = useView();
  return (
    <form method="post" action={view.href(PATH)} enctype="multipart/form-data" noValidate>
      <input type="hidden" name="_csrf" value={view.csrfToken()} />
      {props.children}
    </form>
  );
}

function DeactivateBox(props: { checked: boolean; hidden?: boolean }) {
  const view = useView();
  if (props.hidden) return props.checked ? <input type="hidden" name="deactivateMissing" value="yes" /> : null;
  return (
    <div class="choice">
      <input type="checkbox" id="field-deactivateMissing" name="deactivateMissing" value="yes" checked={props.checked} />
      <label for="field-deactivateMissing">{view.t('accounts.staffImport.deactivateLabel')}</label>
    </div>
  );
}

/** The upload form: the file and the "deactivate missing" choice. */
export function UploadForm(props: { deactivateMissing: boolean; errors?: FieldErrors }) {
  const view = useView();
  const error = props.errors?.content;
  return (
    <MultipartForm>
      <div class={error ? 'field field--error' : 'field'}>
        <label for="field-content" class="field__label">
          {view.t('accounts.staffImport.fileLabel')}
        </label>
        <p class="field__hint" id="field-content-hint">
          {view.t('accounts.staffImport.fileHint')}
        </p>
        {error && (
          <p class="field__error" id="field-content-error">
            <span class="visually-hidden">{view.t('platform.form.errorPrefix')} </span>
            {view.t(error.key, error.values)}
          </p>
        )}
        <input
          type="file"
          id="field-content"
          name="content"
          accept=".csv,.txt,text/csv,text/plain"
          required
          aria-describedby={error ? 'field-content-hint field-content-error' : 'field-content-hint'}
        />
      </div>
      <DeactivateBox checked={props.deactivateMissing} />
      <div class="form-actions">
        <Button>{view.t('accounts.staffImport.previewButton')}</Button>
      </div>
    </MultipartForm>
  );
}

/** The upload page, and the same page again with the errors of a refused post. */
export function StaffImportPage(props: { deactivateMissing: boolean; errors?: FieldErrors }) {
  const view = useView();
  return (
    <AdminLayout title={view.t('accounts.staffImport.title')}>
      <h1>{view.t('accounts.staffImport.title')}</h1>
      <ErrorSummary errors={props.errors} labels={{ content: view.t('accounts.staffImport.fileLabel') }} />
      <p>{view.t('accounts.staffImport.intro')}</p>
      <UploadForm deactivateMissing={props.deactivateMissing} errors={props.errors} />
    </AdminLayout>
  );
}

const OUTCOME_KEYS = {
  create: 'accounts.staffImport.outcomeCreate',
  update: 'accounts.staffImport.outcomeUpdate',
  unchanged: 'accounts.staffImport.outcomeUnchanged',
} as const;

function RowTable(props: { rows: PlannedRow[] }) {
  const view = useView();
  const caption = view.t('accounts.staffImport.rowsCaption');
  return (
    <TableScroll label={caption}>
      <table class="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.staffImport.columnLine')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnEmail')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnName')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnUnit')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnRole')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnLanguage')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              <td>{row.email}</td>
              <td>{row.name}</td>
              <td>{view.text(row.unitName)}</td>
              <td>{row.role ? view.t(ROLE_LABEL_KEYS[row.role]) : ''}</td>
              <td>{view.t(LANGUAGE_LABEL_KEYS[row.locale])}</td>
              <td>{view.t(OUTCOME_KEYS[row.outcome])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function MissingTable(props: { people: MissingPerson[] }) {
  const view = useView();
  const caption = view.t('accounts.staffImport.missingCaption');
  const outcome = (person: MissingPerson) =>
    person.outcome === 'deactivate'
      ? view.t('accounts.staffImport.outcomeDeactivate')
      : person.reason === 'actor'
        ? view.t('accounts.staffImport.keptActor')
        : view.t('accounts.staffImport.keptLastAdmin');
  return (
    <TableScroll label={caption}>
      <table class="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.staffImport.columnEmail')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnName')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {props.people.map((person) => (
            <tr key={person.userId}>
              <th scope="row">{person.email}</th>
              <td>{person.displayName}</td>
              <td>{outcome(person)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ProblemTable(props: { result: StaffImportResult }) {
  const view = useView();
  const caption = view.t('accounts.staffImport.problemsCaption');
  return (
    <TableScroll label={caption}>
      <table class="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.staffImport.columnLine')}</th>
            <th scope="col">{view.t('accounts.staffImport.columnProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {props.result.plan.problems.map((problem, index) => (
            <tr key={index}>
              <th scope="row">{problem.line > 0 ? problem.line : view.t('accounts.staffImport.wholeFile')}</th>
              <td>{view.t(problem.key, problem.values)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The preview: a refused file's problems by line, or every row's outcome and the
 * confirm form, which posts the same file again (its bytes in a hidden field).
 */
export function StaffImportPreviewPage(props: { result: StaffImportResult; content: string; deactivateMissing: boolean }) {
  const view = useView();
  const { plan } = props.result;
  const refused = plan.problems.length > 0;
  return (
    <AdminLayout
      title={view.t('accounts.staffImport.previewTitle')}
      breadcrumbs={[{ label: view.t('accounts.staffImport.title'), href: view.href(PATH) }]}
    >
      <h1>{view.t('accounts.staffImport.previewTitle')}</h1>
      {refused ? (
        <>
          <div class="notice notice--error" role="alert">
            <p>{view.t('accounts.staffImport.refused', { count: plan.problems.length })}</p>
          </div>
          <ProblemTable result={props.result} />
        </>
      ) : (
        <>
          <p>{view.t('accounts.staffImport.summary', plan.counts)}</p>
          <RowTable rows={plan.rows} />
          {plan.missing.length > 0 && <MissingTable people={plan.missing} />}
          <MultipartForm>
            <input type="hidden" name="content" value={props.content} />
            <input type="hidden" name="commit" value="yes" />
            <DeactivateBox checked={props.deactivateMissing} hidden />
            <div class="form-actions">
              <Button>{view.t('accounts.staffImport.confirmButton')}</Button>
            </div>
          </MultipartForm>
        </>
      )}
      <h2>{view.t('accounts.staffImport.uploadAgain')}</h2>
      <UploadForm deactivateMissing={props.deactivateMissing} />
    </AdminLayout>
  );
}
