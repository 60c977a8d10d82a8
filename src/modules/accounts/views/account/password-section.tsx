import type { FieldErrors } from '../../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../../platform/views/components/forms.tsx';
import { useView } from '../../../../platform/views/context.ts';
import { ACCOUNT_LIMITS } from '../../schemas.ts';
import { NewPasswordField } from '../new-password-field.tsx';

/** Changing one's password; the current one is asked first. */
export function PasswordSection(props: { errors?: FieldErrors }) {
  const view = useView();
  const labels = { currentPassword: view.t('accounts.field.currentPassword'), newPassword: view.t('accounts.field.newPassword') };
  return (
    <section aria-labelledby="account-password">
      <h2 id="account-password">{view.t('accounts.password.title')}</h2>
      <p>{view.t('accounts.password.intro')}</p>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href('/account/password')}>
        <TextField
          name="currentPassword"
          type="password"
          autocomplete="current-password"
          label={labels.currentPassword}
          errors={props.errors}
          maxLength={ACCOUNT_LIMITS.passwordMax}
        />
        <NewPasswordField name="newPassword" label={labels.newPassword} errors={props.errors} />
        <div class="form-actions">
          <Button>{view.t('accounts.password.submit')}</Button>
        </div>
      </Form>
    </section>
  );
}
