import { LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Measure } from '../model.ts';
import { GOALS_LIMITS, MEASURE_STATUSES } from '../schemas.ts';
import { FormSection, type FormState, OwnerEmailField } from './form-parts.tsx';
import { stringValue, textValue } from './form-values.ts';

/** A saved measure as its form shows it (the owner by e-mail, as the form names them). */
export function measureFormValues(measure: Measure, ownerEmail: string | null): Record<string, unknown> {
  return { title: measure.title, ownerEmail: ownerEmail ?? '', dueOn: measure.dueOn, status: measure.status };
}

/**
 * An objective's measures (toimenpiteet) as a table: what, who, by when, how far; a passed due day of an unfinished one
 * is marked late. Those who manage the objective get a link to edit each.
 */
export function MeasuresTable(props: { measures: Measure[]; ownerNames: Map<string, string>; today: string; mayManage?: boolean }) {
  const view = useView();
  if (props.measures.length === 0) return <p>{view.t('goals.measure.empty')}</p>;
  return (
    <TableScroll label={view.t('goals.measure.listTitle')}>
      <table class="data-table">
        <caption class="visually-hidden">{view.t('goals.measure.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('goals.measure.title')}</th>
            <th scope="col">{view.t('goals.measure.owner')}</th>
            <th scope="col">{view.t('goals.measure.dueOn')}</th>
            <th scope="col">{view.t('goals.measure.status')}</th>
            {props.mayManage && (
              <th scope="col">
                <span class="visually-hidden">{view.t('goals.measure.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.measures.map((measure) => (
            <tr key={measure.id}>
              <th scope="row">{view.text(measure.title)}</th>
              <td>{(measure.ownerUserId && props.ownerNames.get(measure.ownerUserId)) || view.t('goals.objective.noOwner')}</td>
              <td>
                {view.formatDate(`${measure.dueOn}T12:00:00Z`)}
                {measure.status !== 'done' && measure.dueOn < props.today && ` (${view.t('goals.measure.late')})`}
              </td>
              <td>{view.t(`goals.measure.status.${measure.status}`)}</td>
              {props.mayManage && (
                <td>
                  <a href={view.href(`/admin/goals/measures/${measure.id}/edit`)}>
                    {view.t('goals.measure.edit')}
                    <span class="visually-hidden">: {view.text(measure.title)}</span>
                  </a>
                  {' · '}
                  <a href={view.href(`/admin/goals/measures/${measure.id}/delete`)}>
                    {view.t('goals.measure.delete')}
                    <span class="visually-hidden">: {view.text(measure.title)}</span>
                  </a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The unit manager's form for a measure of an objective: a new one (posted to the objective) or one being edited. */
export function MeasureForm(props: { action: string; editing?: boolean } & FormState) {
  const view = useView();
  const labels = {
    title: view.t('goals.measure.title'),
    ownerEmail: view.t('goals.measure.owner'),
    dueOn: view.t('goals.measure.dueOn'),
    status: view.t('goals.measure.status'),
  };
  return (
    <FormSection
      id="goals-measure-form"
      title={view.t(props.editing ? 'goals.measure.editTitle' : 'goals.measure.formTitle')}
      action={props.action}
      labels={labels}
      errors={props.errors}
      submit={view.t('goals.measure.submit')}
    >
      <LocalizedTextFields
        name="title"
        label={labels.title}
        value={textValue(props.values, 'title')}
        maxLength={GOALS_LIMITS.titleMax}
        errors={props.errors}
      />
      <OwnerEmailField label={labels.ownerEmail} hint={view.t('goals.measure.ownerHint')} values={props.values} errors={props.errors} />
      <TextField name="dueOn" type="date" label={labels.dueOn} value={stringValue(props.values, 'dueOn')} errors={props.errors} />
      <SelectField
        name="status"
        label={labels.status}
        options={MEASURE_STATUSES.map((status) => ({ value: status, label: view.t(`goals.measure.status.${status}`) }))}
        value={stringValue(props.values, 'status') || 'planned'}
        errors={props.errors}
      />
    </FormSection>
  );
}
