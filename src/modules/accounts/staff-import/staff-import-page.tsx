import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import { LANGUAGE_LABEL_KEYS, ROLE_LABEL_KEYS } from '../views/labels.ts';
import type { MissingPerson, PlannedRow } from './plan-staff-import.ts';
import type { StaffImportResult } from './staff-import-result.ts';

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

/**
 * One table of the preview: its caption (also the scrolling region's name), the
 * column headings, and each row's cells, the first of which heads the row.
 */
function PreviewTable(props: { caption: string; columns: string[]; rows: Array<{ key: string | number; cells: ComponentChildren[] }> }) {
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const [first, ...rest] = row.cells;
            return (
              <tr key={row.key}>
                <th scope="row">{first}</th>
                {rest.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RowTable(props: { rows: PlannedRow[] }) {
  const view = useView();
  const columns = [
    view.t('accounts.staffImport.columnLine'),
    view.t('accounts.staffImport.columnEmail'),
    view.t('accounts.staffImport.columnName'),
    view.t('accounts.staffImport.columnUnit'),
    view.t('accounts.staffImport.columnRole'),
    view.t('accounts.staffImport.columnLanguage'),
    view.t('accounts.staffImport.columnOutcome'),
  ];
  const rows = props.rows.map((row) => ({
    key: row.line,
    cells: [
      row.line,
      row.email,
      row.name,
      view.text(row.unitName),
      row.role ? view.t(ROLE_LABEL_KEYS[row.role]) : '',
      view.t(LANGUAGE_LABEL_KEYS[row.locale]),
      view.t(OUTCOME_KEYS[row.outcome]),
    ],
  }));
  return <PreviewTable caption={view.t('accounts.staffImport.rowsCaption')} columns={columns} rows={rows} />;
}

function MissingTable(props: { people: MissingPerson[] }) {
  const view = useView();
  const outcome = (person: MissingPerson) =>
    person.outcome === 'deactivate'
      ? view.t('accounts.staffImport.outcomeDeactivate')
      : person.reason === 'actor'
        ? view.t('accounts.staffImport.keptActor')
        : view.t('accounts.staffImport.keptLastAdmin');
  const columns = [
    view.t('accounts.staffImport.columnEmail'),
    view.t('accounts.staffImport.columnName'),
    view.t('accounts.staffImport.columnOutcome'),
  ];
  const rows = props.people.map((person) => ({ key: person.userId, cells: [person.email, person.displayName, outcome(person)] }));
  return <PreviewTable caption={view.t('accounts.staffImport.missingCaption')} columns={columns} rows={rows} />;
}

function ProblemTable(props: { result: StaffImportResult }) {
  const view = useView();
  const columns = [view.t('accounts.staffImport.columnLine'), view.t('accounts.staffImport.columnProblem')];
  const rows = props.result.plan.problems.map((problem, index) => ({
    key: index,
    cells: [problem.line > 0 ? problem.line : view.t('accounts.staffImport.wholeFile'), view.t(problem.key, problem.values)],
  }));
  return <PreviewTable caption={view.t('accounts.staffImport.problemsCaption')} columns={columns} rows={rows} />;
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
