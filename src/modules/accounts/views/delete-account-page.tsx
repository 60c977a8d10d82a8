import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

function ConfirmDeletion(props: { errors?: FieldErrors | undefined }) {
  const view = useView();
  const labels = { password: view.t('accounts.field.password') };
  return (
    <div class="confirm">
      <p>
        <strong>{view.t('accounts.delete.question')}</strong>
      </p>
      <p>{view.t('accounts.delete.consequence')}</p>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href('/account/delete')}>
        <TextField
          name="password"
          type="password"
          autocomplete="current-password"
          label={labels.password}
          hint={view.t('accounts.delete.passwordHint')}
          errors={props.errors}
          maxLength={ACCOUNT_LIMITS.passwordMax}
        />
        <div class="form-actions">
          <Button variant="danger">{view.t('accounts.delete.submit')}</Button>
          <a class="button button--secondary" href={view.href('/account')}>
            {view.t('accounts.delete.cancel')}
          </a>
        </div>
      </Form>
    </div>
  );
}

/**
 * Asks for the password before deleting one's account. The organisation's last
 * admin is told why it cannot be done, and gets no form.
 */
export function DeleteAccountPage(props: { lastAdmin: boolean; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('accounts.delete.confirmTitle');
  if (!props.lastAdmin) {
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <ConfirmDeletion errors={props.errors} />
      </Layout>
    );
  }
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <div class="notice notice--error" role="alert">
        <p>{view.t('accounts.delete.lastAdmin')}</p>
      </div>
      <p>
        <a href={view.href('/account')}>{view.t('accounts.account.back')}</a>
      </p>
    </Layout>
  );
}
