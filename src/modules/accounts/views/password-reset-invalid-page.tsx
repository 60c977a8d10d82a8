import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ResetLinkState } from '../queries/find-password-reset.ts';

const REASON_KEYS: Record<Exclude<ResetLinkState, 'valid'>, string> = {
  unknown: 'accounts.passwordReset.unknown',
  expired: 'accounts.passwordReset.expired',
  used: 'accounts.passwordReset.used',
};

/** Says why a reset link does not work and offers a new one. */
export function PasswordResetInvalidPage(props: { state: Exclude<ResetLinkState, 'valid'> }) {
  const view = useView();
  const title = view.t('accounts.passwordReset.invalidTitle');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <div class="notice notice--error" role="alert">
        <p>{view.t(REASON_KEYS[props.state])}</p>
      </div>
      <p>
        <a class="button" href={view.href('/password-reset')}>
          {view.t('accounts.passwordReset.requestNew')}
        </a>
      </p>
    </Layout>
  );
}
