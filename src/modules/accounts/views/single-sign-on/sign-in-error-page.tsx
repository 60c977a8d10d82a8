import { Layout } from '../../../../platform/views/components/layout.tsx';
import { useView } from '../../../../platform/views/context.ts';

/** Why a sign-in through a provider did not finish, in words, with the way back to the sign-in page. */
export type ProviderSignInProblem =
  | 'state'
  | 'cancelled'
  | 'unreachable'
  | 'refused'
  | 'email'
  | 'domain'
  | 'deactivated'
  | 'unknownProvider';

const PROBLEM_KEYS: Record<ProviderSignInProblem, string> = {
  state: 'accounts.sso.problemState',
  cancelled: 'accounts.sso.problemCancelled',
  unreachable: 'accounts.sso.problemUnreachable',
  refused: 'accounts.sso.problemRefused',
  email: 'accounts.sso.problemEmail',
  domain: 'accounts.sso.problemDomain',
  deactivated: 'accounts.sso.problemDeactivated',
  unknownProvider: 'accounts.sso.problemUnknownProvider',
};

/** The page a failed sign-in through a provider ends on (never a 500: the person is told what happened and what to do). */
export function ProviderSignInErrorPage(props: { problem: ProviderSignInProblem; providerName?: string }) {
  const view = useView();
  const title = view.t('accounts.sso.failedTitle');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <div class="error-summary" role="alert">
        <p>{view.t(PROBLEM_KEYS[props.problem], { provider: props.providerName ?? '' })}</p>
      </div>
      <p>
        <a href={view.href('/sign-in')}>{view.t('accounts.sso.backToSignIn')}</a>
      </p>
    </Layout>
  );
}
