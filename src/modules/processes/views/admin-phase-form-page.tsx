import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminPhase } from '../queries/admin-phases.ts';
import type { Process } from '../queries/find-process.ts';
import { PROCESS_LIMITS } from '../schemas.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { type FormValues, localizedOf, textOf } from './admin-form-values.ts';
import { processAdminPath } from './admin-paths.ts';

/** A saved phase as the values of its form. */
export function phaseFormValues(phase: AdminPhase): FormValues {
  return { title: phase.title, description: phase.description, startsOn: phase.startsOn, endsOn: phase.endsOn };
}

/** The form of a new phase, or of an existing one when `phase` is given. */
export function AdminPhaseFormPage(props: { process: Process; phase?: AdminPhase; values: FormValues; errors?: FieldErrors }) {
  const view = useView();
  const { values, errors } = props;
  const listPath = processAdminPath(props.process.id, 'phases');
  const title = props.phase
    ? view.t('processes.admin.phaseForm.editTitle', { title: view.text(props.phase.title) })
    : view.t('processes.admin.phaseForm.newTitle');
  const crumbs = processCrumbs(view, props.process, { label: view.t('processes.admin.nav.phases'), path: listPath });
  return (
    <AdminLayout title={title} breadcrumbs={crumbs}>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <Form action={view.href(props.phase ? processAdminPath(props.process.id, 'phases', props.phase.id) : `${listPath}/new`)}>
        <LocalizedTextFields
          name="title"
          label={view.t('processes.admin.phaseForm.title')}
          value={localizedOf(values, 'title')}
          errors={errors}
          maxLength={PROCESS_LIMITS.titleMax}
        />
        <LocalizedTextFields
          name="description"
          label={view.t('processes.admin.phaseForm.description')}
          value={localizedOf(values, 'description')}
          errors={errors}
          required={false}
          multiline
          rows={4}
          maxLength={PROCESS_LIMITS.descriptionMax}
        />
        <TextField
          name="startsOn"
          type="date"
          label={view.t('processes.admin.phaseForm.startsOn')}
          hint={view.t('processes.admin.dateHint')}
          value={textOf(values, 'startsOn')}
          errors={errors}
        />
        <TextField
          name="endsOn"
          type="date"
          label={view.t('processes.admin.phaseForm.endsOn')}
          hint={view.t('processes.admin.dateHint')}
          value={textOf(values, 'endsOn')}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{view.t(props.phase ? 'processes.admin.phaseForm.save' : 'processes.admin.phaseForm.create')}</Button>
          <a class="button button--secondary" href={view.href(listPath)}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
