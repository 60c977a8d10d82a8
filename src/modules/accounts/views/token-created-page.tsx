import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { CreatedApiToken } from '../commands/create-api-token.ts';

/** Shows a new API token once: only its hash is kept, so it can never be shown again. */
export function TokenCreatedPage(props: { token: CreatedApiToken }) {
  const view = useView();
  const title = view.t('accounts.tokens.createdTitle');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <div class="notice notice--warning" role="status">
        <p>{view.t('accounts.tokens.createdWarning', { name: props.token.name })}</p>
      </div>
      <div class="field">
        <label class="field__label" for="field-token">
          {view.t('accounts.tokens.tokenLabel')}
        </label>
        <input id="field-token" class="input" type="text" readOnly value={props.token.token} autoComplete="off" spellcheck={false} />
      </div>
      <p>{view.t('accounts.tokens.usage')}</p>
      <pre>
        <code>Authorization: Bearer {props.token.token}</code>
      </pre>
      <p>
        <a href={view.href('/account')}>{view.t('accounts.account.back')}</a>
      </p>
    </Layout>
  );
}
