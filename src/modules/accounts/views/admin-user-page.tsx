import type { FieldErrors } from '../../../platform/http/errors.ts';
import { isLocale, type LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { UnitNode } from '../../organisations/index.ts';
import type { ProcessOption } from '../../processes/index.ts';
import type { UserSummary } from '../queries/list-users.ts';
import { type GrantFormValues, GrantRoleForm } from './grant-role-form.tsx';
import { GrantScope } from './grant-scope.tsx';
import { LANGUAGE_LABEL_KEYS, ROLE_LABEL_KEYS } from './labels.ts';

/** What the user's admin page shows. */
export interface AdminUserPageProps {
  user: UserSummary;
  scopeNames: Map<string, LocalizedText>;
  units: Array<UnitNode & { depth: number }>;
  processes: ProcessOption[];
  form?: { values: GrantFormValues; errors: FieldErrors };
  /** Whether the person has two-factor on (being set up counts as off). */
  twoFactorOn: boolean;
}

function Profile(props: { user: UserSummary }) {
  const view = useView();
  const { user } = props;
  return (
    <dl class="summary-list">
      <div>
        <dt>{view.t('accounts.field.email')}</dt>
        <dd>{user.email}</dd>
      </div>
      <div>
        <dt>{view.t('accounts.field.language')}</dt>
        <dd>{isLocale(user.locale) ? view.t(LANGUAGE_LABEL_KEYS[user.locale]) : user.locale}</dd>
      </div>
      <div>
        <dt>{view.t('accounts.admin.createdAt')}</dt>
        <dd>{view.formatDate(user.createdAt)}</dd>
      </div>
      <div>
        <dt>{view.t('accounts.admin.lastSignIn')}</dt>
        <dd>{user.lastSignInAt ? view.formatDate(user.lastSignInAt) : view.t('accounts.admin.neverSignedIn')}</dd>
      </div>
    </dl>
  );
}

function GrantTable(props: { user: UserSummary; scopeNames: Map<string, LocalizedText> }) {
  const view = useView();
  return (
    <TableScroll label={view.t('accounts.admin.roles')}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.roles.role')}</th>
            <th scope="col">{view.t('accounts.roles.scope')}</th>
            <th scope="col">{view.t('accounts.roles.grantedAt')}</th>
            <th scope="col">
              <span class="visually-hidden">{view.t('accounts.tokens.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.user.grants.map((grant) => (
            <tr key={grant.id}>
              <td>{view.t(ROLE_LABEL_KEYS[grant.role])}</td>
              <td>
                <GrantScope grant={grant} names={props.scopeNames} />
              </td>
              <td>{view.formatDate(grant.createdAt)}</td>
              <td class="actions">
                <Form action={view.href(`/admin/users/${props.user.id}/roles/${grant.id}/revoke`)} class="inline-form">
                  <Button variant="secondary">
                    {view.t('accounts.roles.revoke')}
                    <span class="visually-hidden"> {view.t(ROLE_LABEL_KEYS[grant.role])}</span>
                  </Button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Where the person works (the staff directory), with the link to change it. */
function Placement(props: { user: UserSummary; units: Array<UnitNode & { depth: number }> }) {
  const view = useView();
  const unit = props.units.find((candidate) => candidate.id === props.user.unitId);
  return (
    <>
      <h2>{view.t('accounts.placement.heading')}</h2>
      <p>{unit ? view.text(unit.name) : view.t('accounts.placement.none')}</p>
      <p>
        <a href={view.href(`/admin/users/${props.user.id}/placement`)}>
          {view.t('accounts.placement.change')}
          <span class="visually-hidden"> {props.user.displayName}</span>
        </a>
      </p>
    </>
  );
}

/** Whether the person may sign in, and the buttons that invite, deactivate or reactivate them. */
function AccountStatus(props: { user: UserSummary }) {
  const view = useView();
  const { user } = props;
  return (
    <>
      <h2>{view.t('accounts.status.heading')}</h2>
      <p>
        {user.deactivatedAt
          ? view.t('accounts.status.isDeactivated', { date: view.formatDate(user.deactivatedAt) })
          : view.t('accounts.status.isActive')}
      </p>
      <div class="form-actions">
        {user.deactivatedAt ? (
          <Form action={view.href(`/admin/users/${user.id}/reactivate`)} class="inline-form">
            <Button variant="secondary">{view.t('accounts.status.reactivate')}</Button>
          </Form>
        ) : (
          <>
            <Form action={view.href(`/admin/users/${user.id}/invitation`)} class="inline-form">
              <Button variant="secondary">{view.t('accounts.invitation.sendButton')}</Button>
            </Form>
            <Form action={view.href(`/admin/users/${user.id}/deactivate`)} class="inline-form">
              <Button variant="secondary">{view.t('accounts.status.deactivate')}</Button>
            </Form>
          </>
        )}
      </div>
      {!user.deactivatedAt && <p>{view.t('accounts.invitation.sendHint')}</p>}
    </>
  );
}

/** Whether the person signs in with two-factor, and the reset an admin does when they lost the device. */
function TwoFactor(props: { user: UserSummary; on: boolean }) {
  const view = useView();
  return (
    <>
      <h2>{view.t('accounts.twoFactor.adminHeading')}</h2>
      <p>{view.t(props.on ? 'accounts.twoFactor.adminOn' : 'accounts.twoFactor.adminOff')}</p>
      {props.on && (
        <>
          <p>{view.t('accounts.twoFactor.resetHint')}</p>
          <Form action={view.href(`/admin/users/${props.user.id}/two-factor/reset`)} class="inline-form">
            <Button variant="danger">{view.t('accounts.twoFactor.resetButton')}</Button>
          </Form>
        </>
      )}
    </>
  );
}

/** One user: their details, their roles with revoking, and granting a new role. */
export function AdminUserPage(props: AdminUserPageProps) {
  const view = useView();
  const { user } = props;
  const breadcrumbs = [{ label: view.t('accounts.admin.title'), href: view.href('/admin/users') }];
  return (
    <AdminLayout title={user.displayName} breadcrumbs={breadcrumbs}>
      <h1>{user.displayName}</h1>
      <Profile user={user} />
      <Placement user={user} units={props.units} />
      <AccountStatus user={user} />
      <TwoFactor user={user} on={props.twoFactorOn} />
      <h2>{view.t('accounts.admin.roles')}</h2>
      {user.grants.length > 0 ? <GrantTable user={user} scopeNames={props.scopeNames} /> : <p>{view.t('accounts.admin.noRoles')}</p>}
      <h2>{view.t('accounts.roles.grantTitle')}</h2>
      <GrantRoleForm
        userId={user.id}
        units={props.units}
        processes={props.processes}
        values={props.form?.values}
        errors={props.form?.errors}
      />
    </AdminLayout>
  );
}
