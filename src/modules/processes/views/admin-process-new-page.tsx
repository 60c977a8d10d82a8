import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { FormValues } from './admin-form-values.ts';
import { PROCESSES_ADMIN_PATH } from './admin-paths.ts';
import { ProcessFields } from './admin-process-fields.tsx';

/** The form that starts a new process as a draft. */
export function AdminProcessNewPage(props: { values: FormValues; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('processes.admin.new.title');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('processes.admin.list.title'), href: view.href(PROCESSES_ADMIN_PATH) }]}>
      <h1>{title}</h1>
      <p>{view.t('processes.admin.new.intro')}</p>
      <ErrorSummary errors={props.errors} />
      <Form action={view.href(`${PROCESSES_ADMIN_PATH}/new`)}>
        <ProcessFields values={props.values} errors={props.errors} />
        <div class="form-actions">
          <Button>{view.t('processes.admin.new.submit')}</Button>
          <a class="button button--secondary" href={view.href(PROCESSES_ADMIN_PATH)}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
