import { Layout } from '../../../../platform/views/components/layout.tsx';
import { useView } from '../../../../platform/views/context.ts';

/** The recovery codes, shown this once (only their hashes are kept), and where to go on. */
export function RecoveryCodesPage(props: { codes: string[]; next: string; renewed?: boolean }) {
  const view = useView();
  const title = view.t('accounts.twoFactor.codesTitle');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t(props.renewed ? 'accounts.twoFactor.codesRenewed' : 'accounts.twoFactor.turnedOn')}</p>
      <p>{view.t('accounts.twoFactor.codesIntro')}</p>
      <ol class="recovery-codes">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>{view.t('accounts.twoFactor.codesOnce')}</p>
      <p>
        <a class="button button--primary" href={props.next}>
          {view.t('accounts.twoFactor.codesContinue')}
        </a>
      </p>
    </Layout>
  );
}
