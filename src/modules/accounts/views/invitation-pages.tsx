import type { FieldErrors } from '../../../platform/http/errors.ts';
import { useView } from '../../../platform/views/context.ts';
import type { InvitationState } from '../queries/find-invitation.ts';
import { LinkInvalidPage, SetPasswordPage } from './set-password-page.tsx';

/** Sets one's first password through a valid sign-in invitation. */
export function InvitationFormPage(props: { token: string; email: string; errors?: FieldErrors }) {
  const view = useView();
  return (
    <SetPasswordPage
      title={view.t('accounts.invitation.title')}
      intro={view.t('accounts.invitation.intro', { email: props.email })}
      action={view.href(`/invitation/${props.token}`)}
      save={view.t('accounts.invitation.save')}
      username={props.email}
      errors={props.errors}
    />
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
  return (
    <LinkInvalidPage title={view.t('accounts.invitation.invalidTitle')} reason={view.t(REASON_KEYS[props.state])}>
      <a href={view.href('/sign-in')}>{view.t('accounts.invitation.signIn')}</a>
      {' · '}
      <a href={view.href('/password-reset')}>{view.t('accounts.invitation.forgotPassword')}</a>
    </LinkInvalidPage>
  );
}
