import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { RESET_LINK_HOURS } from '../commands/request-password-reset.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

/**
 * Asks for the e-mail address to send a reset link to. After sending it says
 * the same whether or not an account exists, so it reveals nobody's account.
 */
export function PasswordResetRequestPage(props: { email?: string; errors?: FieldErrors; sent?: boolean }) {
  const view = useView();
  const title = view.t('accounts.passwordReset.title');
  const labels = { email: view.t('accounts.field.email') };
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {props.sent ? (
        <div class="notice notice--success" role="status">
          <p>{view.t('accounts.passwordReset.sent', { hours: RESET_LINK_HOURS })}</p>
        </div>
      ) : (
        <p class="lead">{view.t('accounts.passwordReset.intro')}</p>
      )}
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href('/password-reset')}>
        <TextField
          name="email"
          type="email"
          autocomplete="email"
          label={labels.email}
          value={props.email}
          errors={props.errors}
          maxLength={ACCOUNT_LIMITS.emailMax}
        />
        <div class="form-actions">
          <Button>{view.t(props.sent ? 'accounts.passwordReset.sendAgain' : 'accounts.passwordReset.submit')}</Button>
        </div>
      </Form>
      <p>
        <a href={view.href('/sign-in')}>{view.t('accounts.passwordReset.backToSignIn')}</a>
      </p>
    </Layout>
  );
}
