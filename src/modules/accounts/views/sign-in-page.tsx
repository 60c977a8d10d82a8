import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';

/** The sign-in form; errors are shown at the fields and in a summary. */
export function SignInPage(props: {
  email?: string;
  next: string;
  errors?: FieldErrors;
  /** Why the last attempt failed: a wrong address or password, or (told only after the right password) a deactivated account. */
  failed?: 'wrong' | 'deactivated';
  allowSignUp: boolean;
  /** The organisation's enabled identity providers, each a "Sign in with …" button above the password form. */
  providers?: ReadonlyArray<{ id: string; name: LocalizedText }>;
}) {
  const view = useView();
  const title = view.t('accounts.signIn.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {props.failed && (
        // biome-ignore lint/a11y/noAutofocus: after a failed sign-in, focus goes to the message, as after any failed form
        <div class="error-summary" role="alert" tabIndex={-1} autoFocus>
          <h2>{view.t('platform.form.errorSummaryTitle')}</h2>
          <p>{props.failed === 'deactivated' ? view.t('accounts.signIn.deactivated') : view.t('accounts.signIn.failed')}</p>
        </div>
      )}
      {props.providers && props.providers.length > 0 && (
        <section aria-labelledby="sign-in-providers">
          <h2 id="sign-in-providers">{view.t('accounts.sso.signInHeading')}</h2>
          <ul class="sign-in-providers">
            {props.providers.map((provider) => (
              <li key={provider.id}>
                <a
                  class="button button--secondary"
                  href={view.href(`/sign-in/provider/${encodeURIComponent(provider.id)}?next=${encodeURIComponent(props.next)}`)}
                >
                  {view.t('accounts.sso.signInWith', { provider: view.text(provider.name) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.providers && props.providers.length > 0 && <h2>{view.t('accounts.sso.passwordHeading')}</h2>}
      <ErrorSummary errors={props.errors} />
      <Form action={view.href(`/sign-in?next=${encodeURIComponent(props.next)}`)}>
        <TextField
          name="email"
          type="email"
          autocomplete="email"
          label={view.t('accounts.field.email')}
          value={props.email}
          errors={props.errors}
        />
        <TextField
          name="password"
          type="password"
          autocomplete="current-password"
          label={view.t('accounts.field.password')}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('accounts.signIn.submit')}</Button>
        </div>
      </Form>
      <ul>
        <li>
          <a href={view.href('/password-reset')}>{view.t('accounts.signIn.forgotPassword')}</a>
        </li>
        {props.allowSignUp && (
          <li>
            <a href={props.next === view.href('/') ? view.href('/sign-up') : view.href(`/sign-up?next=${encodeURIComponent(props.next)}`)}>
              {view.t('accounts.signIn.createAccount')}
            </a>
          </li>
        )}
      </ul>
    </Layout>
  );
}
