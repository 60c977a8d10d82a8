import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminBody, AdminMember } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { PROCESS_LIMITS } from '../schemas.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { type FormValues, localizedOf, textOf } from './admin-form-values.ts';
import { processAdminPath } from './admin-paths.ts';

/** A saved member as the values of its form. */
export function memberFormValues(member: AdminMember): FormValues {
  return { positionTitle: member.positionTitle, responsibility: member.responsibility, sectorId: member.sectorId ?? '' };
}

/** The form of a new member of a body, or of an existing one when `member` is given. */
export function AdminMemberFormPage(props: {
  process: Process;
  body: AdminBody;
  member?: AdminMember;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const view = useView();
  const { process, body, member, values, errors } = props;
  const bodyPath = processAdminPath(process.id, 'bodies', body.id);
  const bodyName = view.text(body.name);
  const title = member
    ? view.t('processes.admin.memberForm.editTitle', { name: bodyName })
    : view.t('processes.admin.memberForm.newTitle', { name: bodyName });
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
      <Form action={view.href(member ? `${bodyPath}/members/${encodeURIComponent(member.id)}` : `${bodyPath}/members/new`)}>
        <LocalizedTextFields
          name="positionTitle"
          label={view.t('processes.admin.memberForm.positionTitle')}
          hint={view.t('processes.admin.memberForm.positionTitleHint')}
          value={localizedOf(values, 'positionTitle')}
          errors={errors}
          maxLength={PROCESS_LIMITS.positionTitleMax}
        />
        <LocalizedTextFields
          name="responsibility"
          label={view.t('processes.admin.memberForm.responsibility')}
          value={localizedOf(values, 'responsibility')}
          errors={errors}
          required={false}
          multiline
          rows={3}
          maxLength={PROCESS_LIMITS.responsibilityMax}
        />
        {body.sectors.length > 0 && (
          <SelectField
            name="sectorId"
            label={view.t('processes.admin.memberForm.sector')}
            value={textOf(values, 'sectorId')}
            emptyLabel={view.t('processes.admin.memberForm.noSector')}
            options={body.sectors.map((sector) => ({ value: sector.id, label: view.text(sector.name) }))}
            errors={errors}
            required={false}
          />
        )}
        <div class="form-actions">
          <Button>{view.t(member ? 'processes.admin.memberForm.save' : 'processes.admin.memberForm.create')}</Button>
          <a class="button button--secondary" href={view.href(bodyPath)}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
