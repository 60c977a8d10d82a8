import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import {
  type FormOption,
  WorkshopFields,
  type WorkshopFormOptions,
  type WorkshopFormValues,
  workshopFieldLabels,
} from './workshop-form.tsx';

/** A new workshop (from a template or blank) or the settings of an existing one. */
export function WorkshopFormPage(props: {
  workshopId: string | null;
  processes: FormOption[];
  processSlug: string;
  template: string;
  values: WorkshopFormValues;
  options: WorkshopFormOptions;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const title = view.t(props.workshopId ? 'workshops.admin.editTitle' : 'workshops.admin.newTitle');
  const action = props.workshopId ? `/admin/workshops/${props.workshopId}/edit` : '/admin/workshops/new';
  const crumbs = [{ label: view.t('workshops.admin.title'), href: view.href('/admin/workshops') }];
  if (props.workshopId)
    crumbs.push({ label: view.text(props.values.title as { fi: string }), href: view.href(`/admin/workshops/${props.workshopId}`) });
  return (
    <AdminLayout title={title} breadcrumbs={crumbs}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={workshopFieldLabels(view)} />
      <Form action={view.href(action)}>
        {!props.workshopId && (
          <>
            <input type="hidden" name="template" value={props.template} />
            <SelectField
              name="processSlug"
              label={view.t('workshops.admin.process')}
              value={props.processSlug}
              options={props.processes}
              errors={props.errors}
            />
          </>
        )}
        <WorkshopFields values={props.values} options={props.options} errors={props.errors} />
        <div class="form-actions">
          <Button>
            {props.workshopId
              ? view.t('workshops.admin.save')
              : view.t('workshops.admin.create', { kind: props.values.kind === 'seminar' ? 'seminar' : 'workshop' })}
          </Button>
        </div>
      </Form>
      {(props.options.processes?.length ?? 0) > 1 && <script type="module" src="/assets/platform/follow-choice.js" />}
    </AdminLayout>
  );
}
