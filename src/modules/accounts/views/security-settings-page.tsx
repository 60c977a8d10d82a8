import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, CheckboxGroup, ErrorSummary, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { TWO_FACTOR_ROLES } from '../two-factor/policy.ts';
import { ROLE_LABEL_KEYS } from './labels.ts';

/** The organisation's sign-in security: whether two-factor is required of the roles that read personal data. */
export function SecuritySettingsPage(props: { requireTwoFactor: boolean; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('accounts.security.title');
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.security.intro')}</p>
      <p>{view.t('accounts.security.coveredRoles')}</p>
      <ul>
        {TWO_FACTOR_ROLES.map((role) => (
          <li key={role}>{view.t(ROLE_LABEL_KEYS[role])}</li>
        ))}
      </ul>
      <ErrorSummary errors={props.errors} />
      <Form action={view.href('/admin/security')}>
        <CheckboxGroup
          name="requireTwoFactor"
          legend={view.t('accounts.security.twoFactorLegend')}
          hint={view.t('accounts.security.twoFactorHint')}
          values={props.requireTwoFactor ? ['yes'] : []}
          options={[{ value: 'yes', label: view.t('accounts.security.requireTwoFactor') }]}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('accounts.security.save')}</Button>
        </div>
      </Form>
    </AdminLayout>
  );
}
