import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminBody } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { PROCESS_LIMITS } from '../schemas.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { type FormValues, localizedOf, textOf } from './admin-form-values.ts';
import { processAdminPath } from './admin-paths.ts';

/** The form that adds a sector to a stakeholder panel. */
export function AdminSectorFormPage(props: { process: Process; body: AdminBody; values: FormValues; errors?: FieldErrors }) {
  const view = useView();
  const { process, body, values, errors } = props;
  const bodyPath = processAdminPath(process.id, 'bodies', body.id);
  const bodyName = view.text(body.name);
  const title = view.t('processes.admin.sectorForm.title', { name: bodyName });
  const crumbs = processCrumbs(
    view,
    process,
    { label: view.t('processes.admin.nav.bodies'), path: processAdminPath(process.id, 'bodies') },
    { label: bodyName, path: bodyPath },
  );
  return (
    <AdminLayout title={title} breadcrumbs={crumbs}>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <Form action={view.href(`${bodyPath}/sectors/new`)}>
        <LocalizedTextFields
          name="name"
          label={view.t('processes.admin.sectorForm.name')}
          value={localizedOf(values, 'name')}
          errors={errors}
          maxLength={PROCESS_LIMITS.titleMax}
        />
        <TextField
          name="key"
          label={view.t('processes.admin.sectorForm.key')}
          hint={view.t('processes.admin.sectorForm.keyHint')}
          value={textOf(values, 'key')}
          errors={errors}
          maxLength={PROCESS_LIMITS.sectorKeyMax}
        />
        <div class="form-actions">
          <Button>{view.t('processes.admin.sectorForm.create')}</Button>
          <a class="button button--secondary" href={view.href(bodyPath)}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
