import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { InvitationState } from '../queries/find-invitation.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

/** Sets one's first password through a valid sign-in invitation. */
export function InvitationFormPage(props: { token: string; email: string; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('accounts.invitation.title');
  const labels = { password: view.t('accounts.field.newPassword') };
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.invitation.intro', { email: props.email })}</p>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href(`/invitation/${props.token}`)}>
        <input type="hidden" name="username" value={props.email} autocomplete="username" />
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
          <Button>{view.t('accounts.invitation.save')}</Button>
        </div>
      </Form>
    </Layout>
  );
}

const REASON_KEYS: Record<Exclude<InvitationState, 'valid'>, string> = {
  unknown: 'accounts.invitation.unknown',
  expired: 'accounts.invitation.expired',
  used: 'accounts.invitation.used',
};

/** Says why an invitation link does not work, and what to do instead. */
export function InvitationInvalidPage(props: { state: Exclude<InvitationState, 'valid'> }) {
  const view = useView();
  const title = view.t('accounts.invitation.invalidTitle');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <div class="notice notice--error" role="alert">
        <p>{view.t(REASON_KEYS[props.state])}</p>
      </div>
      <p>
        <a href={view.href('/sign-in')}>{view.t('accounts.invitation.signIn')}</a>
        {' · '}
        <a href={view.href('/password-reset')}>{view.t('accounts.invitation.forgotPassword')}</a>
      </p>
    </Layout>
  );
}
