import type { FieldErrors } from '../../../platform/http/errors.ts';
import { useView } from '../../../platform/views/context.ts';
import { SetPasswordPage } from './set-password-page.tsx';

/** Sets a new password through a valid reset link. */
export function PasswordResetFormPage(props: { token: string; errors?: FieldErrors }) {
  const view = useView();
  return (
    <SetPasswordPage
      title={view.t('accounts.passwordReset.newTitle')}
      intro={view.t('accounts.passwordReset.newIntro')}
      action={view.href(`/password-reset/${props.token}`)}
      save={view.t('accounts.passwordReset.save')}
      errors={props.errors}
    />
  );
}
