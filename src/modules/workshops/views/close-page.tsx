import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Workshop } from '../model.ts';
import { WORKSHOP_LIMITS } from '../schemas.ts';

/** One row of the outcome form. */
export interface OutcomeRow {
  text: string;
  clusterId: string;
}

const SPARE_ROWS = 3;

/**
 * The closing step. For a seminar: the agreed, ordered list (prefilled from
 * the clusters, most dots first) recorded as its outcome; for a workshop:
 * only a confirmation. Either way the code expires and the room is read-only.
 */
export function ClosePage(props: {
  workshop: Workshop;
  rows: OutcomeRow[];
  clusters: Array<{ value: string; label: string }>;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { workshop } = props;
  const seminar = workshop.kind === 'seminar';
  const title = view.t(seminar ? 'workshops.close.seminarTitle' : 'workshops.close.title');
  const rows = seminar ? [...props.rows, ...Array.from({ length: SPARE_ROWS }, () => ({ text: '', clusterId: '' }))] : [];
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('workshops.admin.title'), href: view.href('/admin/workshops') },
        { label: view.text(workshop.title), href: view.href(`/admin/workshops/${workshop.id}`) },
      ]}
    >
      <h1>{title}</h1>
      <p>{view.t(seminar ? 'workshops.close.seminarLead' : 'workshops.close.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <Form action={view.href(`/admin/workshops/${workshop.id}/close`)}>
        {seminar && (
          <ol class="workshop-outcome-form">
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
                  label={view.t('workshops.close.fromCluster')}
                  value={row.clusterId}
                  emptyLabel={view.t('workshops.close.noCluster')}
                  options={props.clusters}
                  errors={props.errors}
                />
              </li>
            ))}
          </ol>
        )}
        <input type="hidden" name="confirm" value="yes" />
        <div class="form-actions">
          <Button variant="danger">{view.t(seminar ? 'workshops.close.recordAndClose' : 'workshops.close.confirm')}</Button>
          <a class="button button--secondary" href={view.href(`/admin/workshops/${workshop.id}`)}>
            {view.t('workshops.room.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
