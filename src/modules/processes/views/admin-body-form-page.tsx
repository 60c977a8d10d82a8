import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminBody } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { PROCESS_LIMITS } from '../schemas.ts';
import { BODY_KINDS } from '../tables.ts';
import { BodyMembersSection, BodySectorsSection } from './admin-body-parts.tsx';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { type FormValues, localizedOf, textOf } from './admin-form-values.ts';
import { BODY_KIND_LABELS } from './admin-labels.ts';
import { processAdminPath } from './admin-paths.ts';

/** A saved body as the values of its form. */
export function bodyFormValues(body: AdminBody): FormValues {
  return { kind: body.kind, name: body.name, description: body.description, parentId: body.parentId ?? '' };
}

/** The form of a new body, or of an existing one with its members and sectors when `body` is given. */
export function AdminBodyFormPage(props: {
  process: Process;
  body?: AdminBody;
  bodies: AdminBody[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  const view = useView();
  const { values, errors, body } = props;
  const listPath = processAdminPath(props.process.id, 'bodies');
  const title = body
    ? view.t('processes.admin.bodyForm.editTitle', { name: view.text(body.name) })
    : view.t('processes.admin.bodyForm.newTitle');
  const crumbs = processCrumbs(view, props.process, { label: view.t('processes.admin.nav.bodies'), path: listPath });
  // A body cannot sit under itself or under any body below it: those are not offered as its parent.
  const parentOf = new Map(props.bodies.map((candidate) => [candidate.id, candidate.parentId]));
  const isUnder = (id: string | null | undefined, ancestor: string): boolean => {
    for (let step = 0; id && step < props.bodies.length; step += 1) {
      if (id === ancestor) return true;
      id = parentOf.get(id);
    }
    return false;
  };
  const parents = props.bodies.filter((candidate) => !body || !isUnder(candidate.id, body.id));
  return (
    <AdminLayout title={title} breadcrumbs={crumbs}>
      <h1>{title}</h1>
      <ErrorSummary
        errors={errors}
        labels={{ kind: view.t('processes.admin.bodyForm.kind'), parentId: view.t('processes.admin.bodyForm.parent') }}
      />
      <Form action={view.href(body ? processAdminPath(props.process.id, 'bodies', body.id) : `${listPath}/new`)}>
        <SelectField
          name="kind"
          label={view.t('processes.admin.bodyForm.kind')}
          value={textOf(values, 'kind')}
          options={BODY_KINDS.map((kind) => ({ value: kind, label: view.t(BODY_KIND_LABELS[kind]) }))}
          errors={errors}
        />
        <LocalizedTextFields
          name="name"
          label={view.t('processes.admin.bodyForm.name')}
          value={localizedOf(values, 'name')}
          errors={errors}
          maxLength={PROCESS_LIMITS.titleMax}
        />
        <LocalizedTextFields
          name="description"
          label={view.t('processes.admin.bodyForm.description')}
          value={localizedOf(values, 'description')}
          errors={errors}
          required={false}
          multiline
          rows={4}
          maxLength={PROCESS_LIMITS.descriptionMax}
        />
        <SelectField
          name="parentId"
          label={view.t('processes.admin.bodyForm.parent')}
          hint={view.t('processes.admin.bodyForm.parentHint')}
          value={textOf(values, 'parentId')}
          emptyLabel={view.t('processes.admin.bodyForm.noParent')}
          options={parents.map((parent) => ({ value: parent.id, label: view.text(parent.name) }))}
          errors={errors}
          required={false}
        />
        <div class="form-actions">
          <Button>{view.t(body ? 'processes.admin.bodyForm.save' : 'processes.admin.bodyForm.create')}</Button>
          <a class="button button--secondary" href={view.href(listPath)}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
      {body && <BodyMembersSection process={props.process} body={body} />}
      {body && (body.kind === 'stakeholder_panel' || body.sectors.length > 0) && <BodySectorsSection process={props.process} body={body} />}
    </AdminLayout>
  );
}
