import { useView } from '../../../platform/views/context.ts';
import type { ResetLinkState } from '../queries/find-password-reset.ts';
import { LinkInvalidPage } from './set-password-page.tsx';

const REASON_KEYS: Record<Exclude<ResetLinkState, 'valid'>, string> = {
  unknown: 'accounts.passwordReset.unknown',
  expired: 'accounts.passwordReset.expired',
  used: 'accounts.passwordReset.used',
};

/** Says why a reset link does not work and offers a new one. */
export function PasswordResetInvalidPage(props: { state: Exclude<ResetLinkState, 'valid'> }) {
  const view = useView();
  return (
    <LinkInvalidPage title={view.t('accounts.passwordReset.invalidTitle')} reason={view.t(REASON_KEYS[props.state])}>
      <a class="button" href={view.href('/password-reset')}>
        {view.t('accounts.passwordReset.requestNew')}
      </a>
    </LinkInvalidPage>
  );
}
