import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';
import { NewPasswordField } from './new-password-field.tsx';

/** The sign-up form; `next` (a safe local path) is where the new account goes afterwards and is kept in the form's address. */
export function SignUpPage(props: { next?: string | undefined; values?: { email?: string; displayName?: string }; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('accounts.signUp.title');
  const labels = {
    email: view.t('accounts.field.email'),
    displayName: view.t('accounts.field.displayName'),
    password: view.t('accounts.field.newPassword'),
  };
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.signUp.intro')}</p>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={props.next ? view.href(`/sign-up?next=${encodeURIComponent(props.next)}`) : view.href('/sign-up')}>
        <TextField
          name="email"
          type="email"
          autocomplete="email"
          label={labels.email}
          value={props.values?.email}
          errors={props.errors}
          maxLength={ACCOUNT_LIMITS.emailMax}
        />
        <TextField
          name="displayName"
          autocomplete="nickname"
          label={labels.displayName}
          hint={view.t('accounts.field.displayNameHint')}
          value={props.values?.displayName}
          errors={props.errors}
          maxLength={ACCOUNT_LIMITS.displayNameMax}
        />
        <NewPasswordField name="password" label={labels.password} errors={props.errors} />
        <p>
          <a href={view.href('/privacy')}>{view.t('accounts.signUp.privacyLink')}</a>
        </p>
        <div class="form-actions">
          <Button>{view.t('accounts.signUp.submit')}</Button>
        </div>
      </Form>
    </Layout>
  );
}
