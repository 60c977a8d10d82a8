import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminBody, AdminMember } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { PROCESS_LIMITS } from '../schemas.ts';
import { SEAT_ROLES } from '../tables.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { type FormValues, localizedOf, textOf } from './admin-form-values.ts';
import { processAdminPath } from './admin-paths.ts';

/** A saved member as the values of its form. */
export function memberFormValues(member: AdminMember): FormValues {
  return {
    positionTitle: member.positionTitle,
    responsibility: member.responsibility,
    sectorId: member.sectorId ?? '',
    seatRole: member.seatRole,
    personEmail: member.personEmail ?? '',
  };
}

/** The seat's role and the person in it (an account's or an invited e-mail). */
function SeatPersonFields(props: { member?: AdminMember | undefined; values: FormValues; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { member, values, errors } = props;
  return (
    <>
      <SelectField
        name="seatRole"
        label={view.t('processes.admin.memberForm.seatRole')}
        value={textOf(values, 'seatRole') || 'member'}
        options={SEAT_ROLES.map((role) => ({ value: role, label: view.t(`processes.seatRole.${role}`) }))}
        errors={errors}
      />
      <TextField
        name="personEmail"
        type="email"
        autocomplete="off"
        label={view.t('processes.admin.memberForm.personEmail')}
        hint={view.t('processes.admin.memberForm.personEmailHint')}
        value={textOf(values, 'personEmail')}
        errors={errors}
        required={false}
        maxLength={PROCESS_LIMITS.emailMax}
      />
      {member?.personUserId && member.personName && (
        <p class="hint">{view.t('processes.admin.memberForm.linkedTo', { name: member.personName })}</p>
      )}
    </>
  );
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
      <ErrorSummary
        errors={errors}
        labels={{
          seatRole: view.t('processes.admin.memberForm.seatRole'),
          personEmail: view.t('processes.admin.memberForm.personEmail'),
          sectorId: view.t('processes.admin.memberForm.sector'),
        }}
      />
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
        <SeatPersonFields member={member} values={values} errors={errors} />
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
      {member?.invitedEmail && !member.personUserId && (
        <section aria-labelledby="seat-invitation-title">
          <h2 id="seat-invitation-title">{view.t('processes.admin.memberForm.resendTitle')}</h2>
          <p>{view.t('processes.admin.memberForm.resendHint', { email: member.invitedEmail })}</p>
          <Form action={view.href(`${bodyPath}/members/${encodeURIComponent(member.id)}/invitation`)}>
            <Button variant="secondary">{view.t('processes.admin.memberForm.resend')}</Button>
          </Form>
        </section>
      )}
    </AdminLayout>
  );
}
