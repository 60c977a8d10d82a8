import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

/** Sets a new password through a valid reset link. */
export function PasswordResetFormPage(props: { token: string; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('accounts.passwordReset.newTitle');
  const labels = { password: view.t('accounts.field.newPassword') };
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.passwordReset.newIntro')}</p>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href(`/password-reset/${props.token}`)}>
        <TextField
          name="password"
          type="password"
          autocomplete="new-password"
          label={labels.password}
          hint={view.t('accounts.field.newPasswordHint', { min: ACCOUNT_LIMITS.passwordMin })}
          errors={props.errors}
          maxLength={ACCOUNT_LIMITS.passwordMax}
        />
        <div class="form-actions">
          <Button>{view.t('accounts.passwordReset.save')}</Button>
        </div>
      </Form>
    </Layout>
  );
}
