import type { FieldErrors } from '../../../platform/http/errors.ts';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, SelectField, TextArea } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Event } from '../queries/find-event.ts';
import type { InvitationItem } from '../queries/list-invitations.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import { AdminEventFrame } from './admin-event-frame.tsx';

/** The invitation form's fields as text. */
export interface InvitationFormValues {
  bodyId: string;
  unitId: string;
  emails: string;
  locale: string;
}

function InvitationTable(props: { invitations: InvitationItem[]; bodies: Array<{ value: string; label: string }> }) {
  const view = useView();
  if (props.invitations.length === 0) return <p>{view.t('events.invite.none')}</p>;
  const bodyName = (id: string | null) => props.bodies.find((body) => body.value === id)?.label ?? '–';
  const registered = props.invitations.filter((entry) => entry.registered).length;
  return (
    <TableScroll label={view.t('events.invite.caption', { count: props.invitations.length, registered })}>
      <table class="data-table">
        <caption>{view.t('events.invite.caption', { count: props.invitations.length, registered })}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('events.register.email')}</th>
            <th scope="col">{view.t('events.invite.body')}</th>
            <th scope="col">{view.t('events.invite.state')}</th>
          </tr>
        </thead>
        <tbody>
          {props.invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row">{invitation.email}</th>
              <td>{bodyName(invitation.bodyId)}</td>
              <td>{invitation.registered ? view.t('events.invite.registered') : view.t('events.invite.pending')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Invitations: who has been invited and who has registered, and inviting a body or a list of e-mails. */
export function AdminInvitationsPage(props: {
  event: Event;
  invitations: InvitationItem[];
  bodies: Array<{ value: string; label: string }>;
  units: Array<{ value: string; label: string }>;
  values: InvitationFormValues;
  errors?: FieldErrors;
}) {
  const view = useView();
  const { values, errors } = props;
  const languages = LOCALES.map((locale) => ({ value: locale, label: view.t(`platform.language.${locale}`) }));
  return (
    <AdminEventFrame
      event={props.event}
      section="invitations"
      title={view.t('events.invite.title', { event: view.text(props.event.title) })}
    >
      <Form action={view.href(`/admin/events/${props.event.id}/invitations`)}>
        <ErrorSummary errors={errors} />
        <SelectField
          name="bodyId"
          label={view.t('events.invite.body')}
          hint={view.t('events.invite.bodyHint')}
          emptyLabel={view.t('events.invite.noBody')}
          value={values.bodyId}
          options={props.bodies}
          errors={errors}
          required={false}
        />
        <SelectField
          name="unitId"
          label={view.t('events.invite.unit')}
          hint={view.t('events.invite.unitHint')}
          emptyLabel={view.t('events.invite.noUnit')}
          value={values.unitId}
          options={props.units}
          errors={errors}
          required={false}
        />
        <TextArea
          name="emails"
          label={view.t('events.invite.emails')}
          hint={view.t('events.invite.emailsHint')}
          value={values.emails}
          rows={6}
          errors={errors}
          required={false}
          maxLength={EVENT_LIMITS.invitationTextMax}
        />
        <SelectField name="locale" label={view.t('events.invite.language')} value={values.locale} options={languages} errors={errors} />
        <div class="form-actions">
          <Button>{view.t('events.invite.send')}</Button>
        </div>
      </Form>
      <InvitationTable invitations={props.invitations} bodies={props.bodies} />
    </AdminEventFrame>
  );
}
