import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import type { FormValues } from './admin-form-values.ts';
import { VISIBILITY_LABELS } from './admin-labels.ts';
import { PROCESSES_ADMIN_PATH, processAdminPath } from './admin-paths.ts';
import { ProcessFields } from './admin-process-fields.tsx';
import { ProcessAdminNav } from './admin-process-nav.tsx';
import { VisibilityTag } from './admin-visibility-tag.tsx';

function VisibilitySection(props: { process: Process; errors?: FieldErrors | undefined }) {
  const view = useView();
  const action = view.href(processAdminPath(props.process.id, 'visibility'));
  const options = (['draft', 'public', 'internal'] as const).map((value) => ({ value, label: view.t(VISIBILITY_LABELS[value]) }));
  return (
    <section aria-labelledby="visibility-title">
      <h2 id="visibility-title">{view.t('processes.admin.visibility.title')}</h2>
      <p>
        {view.t('processes.admin.visibility.current')} <VisibilityTag visibility={props.process.visibility} />
      </p>
      {props.process.visibility === 'draft' && (
        <Form action={action}>
          <input type="hidden" name="visibility" value="public" />
          <p class="field__hint">{view.t('processes.admin.visibility.publishHint')}</p>
          <Button>{view.t('processes.admin.visibility.publish')}</Button>
        </Form>
      )}
      <Form action={action}>
        <SelectField
          name="visibility"
          label={view.t('processes.admin.visibility.select')}
          hint={view.t('processes.admin.visibility.selectHint')}
          value={props.process.visibility}
          options={options}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button variant="secondary">{view.t('processes.admin.visibility.save')}</Button>
        </div>
      </Form>
    </section>
  );
}

/** A process's basic information, its visibility and (for those allowed) its deletion. */
export function AdminProcessEditPage(props: { process: Process; values: FormValues; errors?: FieldErrors }) {
  const view = useView();
  const processTitle = view.text(props.process.title);
  const title = view.t('processes.admin.edit.title', { title: processTitle });
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('processes.admin.list.title'), href: view.href(PROCESSES_ADMIN_PATH) }]}>
      <h1>{title}</h1>
      <ProcessAdminNav process={props.process} current="details" />
      <ErrorSummary
        errors={props.errors}
        labels={{
          visibility: view.t('processes.admin.visibility.select'),
          slug: view.t('processes.admin.process.slug'),
          heroImageUrl: view.t('processes.admin.process.heroImageUrl'),
          heroVideoUrl: view.t('processes.admin.process.heroVideoUrl'),
        }}
      />
      <VisibilitySection process={props.process} errors={props.errors} />
      <section aria-labelledby="details-title">
        <h2 id="details-title">{view.t('processes.admin.edit.details')}</h2>
        <Form action={view.href(processAdminPath(props.process.id))}>
          <ProcessFields values={props.values} errors={props.errors} />
          <div class="form-actions">
            <Button>{view.t('processes.admin.edit.submit')}</Button>
          </div>
        </Form>
      </section>
      {view.can('processes.process.delete', props.process) && (
        <section class="danger-zone" aria-labelledby="delete-title">
          <h2 id="delete-title">{view.t('processes.admin.delete.heading')}</h2>
          <p>{view.t('processes.admin.delete.warning')}</p>
          <p>
            <a class="button button--danger" href={view.href(processAdminPath(props.process.id, 'delete'))}>
              {view.t('processes.admin.delete.start')}
            </a>
          </p>
        </section>
      )}
    </AdminLayout>
  );
}
