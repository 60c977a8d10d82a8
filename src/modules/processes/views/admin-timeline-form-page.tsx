import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Form,
  LocalizedTextFields,
  SelectField,
  TextField,
} from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminBody } from '../queries/admin-bodies.ts';
import type { AdminPhase } from '../queries/admin-phases.ts';
import type { AdminTimelineItem } from '../queries/admin-timeline.ts';
import type { Process } from '../queries/find-process.ts';
import { PROCESS_LIMITS } from '../schemas.ts';
import { TIMELINE_KINDS } from '../tables.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { type FormValues, listOf, localizedOf, textOf } from './admin-form-values.ts';
import { PRECISION_LABELS, TIMELINE_KIND_LABELS } from './admin-labels.ts';
import { processAdminPath } from './admin-paths.ts';

/** A saved timeline item as the values of its form. */
export function timelineFormValues(item: AdminTimelineItem): FormValues {
  return {
    ...item,
    endsOn: item.endsOn ?? '',
    startTime: item.startTime ?? '',
    endTime: item.endTime ?? '',
    phaseId: item.phaseId ?? '',
  };
}

type FieldsProps = { values: FormValues; errors?: FieldErrors | undefined };

function DateFields(props: FieldsProps) {
  const view = useView();
  const { values, errors } = props;
  const precisions = (['day', 'month', 'season'] as const).map((value) => ({ value, label: view.t(PRECISION_LABELS[value]) }));
  return (
    <>
      <TextField
        name="startsOn"
        type="date"
        label={view.t('processes.admin.timelineForm.startsOn')}
        hint={view.t('processes.admin.dateHint')}
        value={textOf(values, 'startsOn')}
        errors={errors}
      />
      <TextField
        name="endsOn"
        type="date"
        label={view.t('processes.admin.timelineForm.endsOn')}
        hint={view.t('processes.admin.timelineForm.endsOnHint')}
        value={textOf(values, 'endsOn')}
        errors={errors}
        required={false}
      />
      <SelectField
        name="datePrecision"
        label={view.t('processes.admin.timelineForm.precision')}
        hint={view.t('processes.admin.timelineForm.precisionHint')}
        value={textOf(values, 'datePrecision') || 'day'}
        options={precisions}
        errors={errors}
      />
    </>
  );
}

function TimeFields(props: FieldsProps) {
  const view = useView();
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="startTime"
        type="time"
        label={view.t('processes.admin.timelineForm.startTime')}
        hint={view.t('processes.admin.timeHint')}
        value={textOf(values, 'startTime')}
        errors={errors}
        required={false}
      />
      <TextField
        name="endTime"
        type="time"
        label={view.t('processes.admin.timelineForm.endTime')}
        hint={view.t('processes.admin.timeHint')}
        value={textOf(values, 'endTime')}
        errors={errors}
        required={false}
      />
    </>
  );
}

/** The form of a new timeline item, or of an existing one when `item` is given. */
export function AdminTimelineFormPage(props: {
  process: Process;
  item?: AdminTimelineItem;
  phases: AdminPhase[];
  bodies: AdminBody[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  const view = useView();
  const { process, item, values, errors } = props;
  const listPath = processAdminPath(process.id, 'timeline');
  const title = item
    ? view.t('processes.admin.timelineForm.editTitle', { title: view.text(item.title) })
    : view.t('processes.admin.timelineForm.newTitle');
  const crumbs = processCrumbs(view, process, { label: view.t('processes.admin.nav.timeline'), path: listPath });
  return (
    <AdminLayout title={title} breadcrumbs={crumbs}>
      <h1>{title}</h1>
      <ErrorSummary
        errors={errors}
        labels={{
          kind: view.t('processes.admin.timelineForm.kind'),
          phaseId: view.t('processes.admin.timelineForm.phase'),
          startsOn: view.t('processes.admin.timelineForm.startsOn'),
          endsOn: view.t('processes.admin.timelineForm.endsOn'),
          precision: view.t('processes.admin.timelineForm.precision'),
          startTime: view.t('processes.admin.timelineForm.startTime'),
          endTime: view.t('processes.admin.timelineForm.endTime'),
        }}
      />
      <Form action={view.href(item ? processAdminPath(process.id, 'timeline', item.id) : `${listPath}/new`)}>
        <LocalizedTextFields
          name="title"
          label={view.t('processes.admin.timelineForm.title')}
          value={localizedOf(values, 'title')}
          errors={errors}
          maxLength={PROCESS_LIMITS.titleMax}
        />
        <SelectField
          name="kind"
          label={view.t('processes.admin.timelineForm.kind')}
          value={textOf(values, 'kind')}
          options={TIMELINE_KINDS.map((kind) => ({ value: kind, label: view.t(TIMELINE_KIND_LABELS[kind]) }))}
          errors={errors}
        />
        <DateFields values={values} errors={errors} />
        <TimeFields values={values} errors={errors} />
        <SelectField
          name="phaseId"
          label={view.t('processes.admin.timelineForm.phase')}
          value={textOf(values, 'phaseId')}
          emptyLabel={view.t('processes.admin.timelineForm.noPhase')}
          options={props.phases.map((phase) => ({ value: phase.id, label: view.text(phase.title) }))}
          errors={errors}
          required={false}
        />
        <LocalizedTextFields
          name="purpose"
          label={view.t('processes.admin.timelineForm.purpose')}
          value={localizedOf(values, 'purpose')}
          errors={errors}
          required={false}
          multiline
          rows={3}
          maxLength={PROCESS_LIMITS.descriptionMax}
        />
        <LocalizedTextFields
          name="responsible"
          label={view.t('processes.admin.timelineForm.responsible')}
          hint={view.t('processes.admin.timelineForm.responsibleHint')}
          value={localizedOf(values, 'responsible')}
          errors={errors}
          required={false}
          maxLength={PROCESS_LIMITS.responsibleMax}
        />
        {props.bodies.length > 0 && (
          <CheckboxGroup
            name="audienceBodyIds"
            legend={view.t('processes.admin.timelineForm.audience')}
            hint={view.t('processes.admin.timelineForm.audienceHint')}
            values={listOf(values, 'audienceBodyIds')}
            options={props.bodies.map((body) => ({ value: body.id, label: view.text(body.name) }))}
            errors={errors}
          />
        )}
        <div class="form-actions">
          <Button>{view.t(item ? 'processes.admin.timelineForm.save' : 'processes.admin.timelineForm.create')}</Button>
          <a class="button button--secondary" href={view.href(listPath)}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
