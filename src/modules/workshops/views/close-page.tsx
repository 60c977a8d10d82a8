import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Workshop } from '../model.ts';
import { WORKSHOP_LIMITS } from '../schemas.ts';
import { WorkshopAssets } from './assets.tsx';

/** One row of the outcome form. */
export interface OutcomeRow {
  text: string;
  clusterId: string;
}

/** Where the keyboard lands after a row was moved or added without JavaScript. */
export type RowFocus = { index: number; control: 'up' | 'down' } | 'add';

const NOTICE_ID = 'workshop-outcome-notice';

/** The up and down buttons of one row: submit buttons of the form, so they work without JavaScript. */
function MoveButtons(props: { index: number; count: number; focus: RowFocus | null | undefined; noticed: boolean }) {
  const view = useView();
  const { index } = props;
  const focus = typeof props.focus === 'object' && props.focus?.index === index ? props.focus.control : null;
  const item = view.t('workshops.close.item', { number: index + 1 });
  const button = (direction: 'up' | 'down', label: string) => (
    <button
      type="submit"
      name="move"
      value={`${direction}:${index}`}
      class="button button--small button--secondary"
      data-move={direction}
      // biome-ignore lint/a11y/noAutofocus: the page comes back from this very button's press; the keyboard returns to the moved row
      autoFocus={focus === direction}
      aria-describedby={focus === direction && props.noticed ? NOTICE_ID : undefined}
    >
      {label}
      <span class="visually-hidden">, {item}</span>
    </button>
  );
  return (
    <div class="workshop-outcome-form__move">
      {index > 0 && button('up', view.t('workshops.close.moveUp'))}
      {index < props.count - 1 && button('down', view.t('workshops.close.moveDown'))}
    </div>
  );
}

/** The agreed list's rows: a text and the cluster it came from, each labelled with the row's number, and the buttons that order them. */
function OutcomeRows(props: {
  rows: OutcomeRow[];
  clusters: Array<{ value: string; label: string }>;
  errors?: FieldErrors | undefined;
  focus?: RowFocus | null | undefined;
  noticed: boolean;
}) {
  const view = useView();
  const { rows } = props;
  return (
    <>
      <ol class="workshop-outcome-form" data-t-moved={view.t('workshops.close.moved', { from: '{from}', to: '{to}' })}>
        {rows.map((row, index) => (
          <li key={index}>
            <TextField
              name={`items.${index}.text`}
              label={view.t('workshops.close.item', { number: index + 1 })}
              value={row.text}
              required={false}
              maxLength={WORKSHOP_LIMITS.outcomeMax}
              errors={props.errors}
            />
            <SelectField
              name={`items.${index}.clusterId`}
              label={view.t('workshops.close.fromCluster', { number: index + 1 })}
              value={row.clusterId}
              emptyLabel={view.t('workshops.close.noCluster')}
              options={props.clusters}
              errors={props.errors}
            />
            <MoveButtons index={index} count={rows.length} focus={props.focus} noticed={props.noticed} />
          </li>
        ))}
      </ol>
      {rows.length < WORKSHOP_LIMITS.outcomesMax && (
        <p>
          <button
            type="submit"
            name="addRow"
            value="1"
            class="button button--secondary"
            // biome-ignore lint/a11y/noAutofocus: the page comes back from this very button's press; the keyboard returns to it
            autoFocus={props.focus === 'add'}
            aria-describedby={props.focus === 'add' && props.noticed ? NOTICE_ID : undefined}
          >
            {view.t('workshops.close.addRow')}
          </button>
        </p>
      )}
    </>
  );
}

/**
 * The closing step. For a seminar: the agreed, ordered list (prefilled from
 * the clusters, most dots first) recorded as its outcome, its rows moved and
 * added by buttons that post the form back unsaved; for a workshop: only a
 * confirmation. Either way the code expires and the room is read-only.
 */
export function ClosePage(props: {
  workshop: Workshop;
  rows: OutcomeRow[];
  clusters: Array<{ value: string; label: string }>;
  errors?: FieldErrors | undefined;
  notice?: { key: string; values: Record<string, number> } | null | undefined;
  focus?: RowFocus | null | undefined;
}) {
  const view = useView();
  const { workshop } = props;
  const seminar = workshop.kind === 'seminar';
  const title = view.t(seminar ? 'workshops.close.seminarTitle' : 'workshops.close.title');
  const submitLabel = view.t(seminar ? 'workshops.close.recordAndClose' : 'workshops.close.confirm');
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('workshops.admin.title'), href: view.href('/admin/workshops') },
        { label: view.text(workshop.title), href: view.href(`/admin/workshops/${workshop.id}`) },
      ]}
    >
      <WorkshopAssets script={seminar ? 'close-form' : undefined} />
      <h1>{title}</h1>
      <p>{view.t(seminar ? 'workshops.close.seminarLead' : 'workshops.close.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <Form action={view.href(`/admin/workshops/${workshop.id}/close`)} class="workshop-close-form">
        {seminar && (
          <>
            {/* Enter in a field presses the form's first submit button: let that be this one, not a row's move button. */}
            <button type="submit" class="visually-hidden" tabIndex={-1} aria-hidden="true">
              {submitLabel}
            </button>
            <p id={NOTICE_ID} class="notice notice--info" hidden={!props.notice}>
              {props.notice ? view.t(props.notice.key, props.notice.values) : ''}
            </p>
            <div id="workshop-outcome-announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />
            <OutcomeRows
              rows={props.rows}
              clusters={props.clusters}
              errors={props.errors}
              focus={props.focus}
              noticed={Boolean(props.notice)}
            />
          </>
        )}
        <input type="hidden" name="confirm" value="yes" />
        <div class="form-actions">
          <Button variant="danger">{submitLabel}</Button>
          <a class="button button--secondary" href={view.href(`/admin/workshops/${workshop.id}`)}>
            {view.t('workshops.room.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
