import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../../platform/views/components/forms.tsx';
import { Layout } from '../../../../platform/views/components/layout.tsx';
import { useView } from '../../../../platform/views/context.ts';
import { CODE_MAX_LENGTH } from './set-up-form.tsx';

/** The second step of signing in: a code from the app, or a recovery code. */
export function SignInCodePage(props: { errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('accounts.twoFactor.signInTitle');
  const labels = { code: view.t('accounts.twoFactor.signInCode') };
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.twoFactor.signInIntro')}</p>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href('/sign-in/code')}>
        <TextField
          name="code"
          label={labels.code}
          hint={view.t('accounts.twoFactor.signInCodeHint')}
          autocomplete="one-time-code"
          maxLength={CODE_MAX_LENGTH}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('accounts.twoFactor.signInSubmit')}</Button>
        </div>
      </Form>
      <p>{view.t('accounts.twoFactor.lostDevice')}</p>
      <p>
        <a href={view.href('/sign-in')}>{view.t('accounts.twoFactor.startAgain')}</a>
      </p>
    </Layout>
  );
}

/** The setup the organisation requires before anything else, during sign-in. */
export function RequiredSetUpPage(props: { children: ComponentChildren }) {
  const view = useView();
  const title = view.t('accounts.twoFactor.requiredTitle');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.twoFactor.requiredIntro')}</p>
      {props.children}
    </Layout>
  );
}
