import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { NewPasswordField } from './new-password-field.tsx';

/**
 * "Set a password" through a mailed single-use link: a sign-in invitation's first
 * password and a reset link's new one are the same page with their own words.
 * `username` (the address, hidden) lets a password manager save the pair.
 */
export function SetPasswordPage(props: {
  title: string;
  intro: string;
  action: string;
  save: string;
  username?: string;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const labels = { password: view.t('accounts.field.newPassword') };
  return (
    <Layout title={props.title}>
      <h1>{props.title}</h1>
      <p class="lead">{props.intro}</p>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={props.action}>
        {props.username !== undefined && <input type="hidden" name="username" value={props.username} autocomplete="username" />}
        <NewPasswordField name="password" label={labels.password} errors={props.errors} />
        <div class="form-actions">
          <Button>{props.save}</Button>
        </div>
      </Form>
    </Layout>
  );
}

/** Says why a mailed link does not work (unknown, expired, used) and what to do instead (`children`). */
export function LinkInvalidPage(props: { title: string; reason: string; children: ComponentChildren }) {
  return (
    <Layout title={props.title}>
      <h1>{props.title}</h1>
      <div class="notice notice--error" role="alert">
        <p>{props.reason}</p>
      </div>
      <p>{props.children}</p>
    </Layout>
  );
}
