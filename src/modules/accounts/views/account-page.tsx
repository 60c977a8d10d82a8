import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ApiTokenSummary } from '../queries/list-api-tokens.ts';
import type { SessionSummary } from '../queries/list-sessions.ts';
import { DataSection } from './account/data-section.tsx';
import { PasswordSection } from './account/password-section.tsx';
import { type ProfileFormState, ProfileSection } from './account/profile-section.tsx';
import { SessionsSection } from './account/sessions-section.tsx';
import { TokensSection } from './account/tokens-section.tsx';

/** What the account page shows; a form sent with errors brings its values and errors. */
export interface AccountPageProps {
  sessions: SessionSummary[];
  tokens: ApiTokenSummary[];
  profile: ProfileFormState;
  passwordErrors?: FieldErrors;
  token?: { name: string; errors: FieldErrors };
}

/** One's own account: profile, password, sessions, API tokens, data and deletion. */
export function AccountPage(props: AccountPageProps) {
  const view = useView();
  const title = view.t('accounts.account.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.account.signedInAs', { email: view.user?.email ?? '' })}</p>
      <ProfileSection {...props.profile} />
      <PasswordSection errors={props.passwordErrors} />
      <section aria-labelledby="account-security">
        <h2 id="account-security">{view.t('accounts.twoFactor.title')}</h2>
        <p>{view.t('accounts.twoFactor.accountIntro')}</p>
        <p>
          <a href={view.href('/account/security')}>{view.t('accounts.twoFactor.accountLink')}</a>
        </p>
      </section>
      <SessionsSection sessions={props.sessions} />
      <TokensSection tokens={props.tokens} name={props.token?.name} errors={props.token?.errors} />
      <DataSection />
    </Layout>
  );
}
