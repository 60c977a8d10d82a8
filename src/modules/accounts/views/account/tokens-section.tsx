import type { FieldErrors } from '../../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../../platform/views/context.ts';
import type { ApiTokenSummary } from '../../queries/list-api-tokens.ts';
import { ACCOUNT_LIMITS } from '../../schemas.ts';

const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short' } as const;

function TokenTable(props: { tokens: ApiTokenSummary[] }) {
  const view = useView();
  return (
    <TableScroll label={view.t('accounts.tokens.title')}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.field.tokenName')}</th>
            <th scope="col">{view.t('accounts.tokens.created')}</th>
            <th scope="col">{view.t('accounts.tokens.lastUsed')}</th>
            <th scope="col">
              <span class="visually-hidden">{view.t('accounts.tokens.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{view.formatDate(token.createdAt, DATE_TIME)}</td>
              <td>{token.lastUsedAt ? view.formatDate(token.lastUsedAt, DATE_TIME) : view.t('accounts.tokens.neverUsed')}</td>
              <td class="actions">
                <Form action={view.href(`/account/tokens/${token.id}/revoke`)} class="inline-form">
                  <Button variant="secondary">
                    {view.t('accounts.tokens.revoke')}
                    <span class="visually-hidden"> {token.name}</span>
                  </Button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Personal API tokens: the list, revoking, and a form for a new one. */
export function TokensSection(props: { tokens: ApiTokenSummary[]; name?: string; errors?: FieldErrors }) {
  const view = useView();
  const labels = { name: view.t('accounts.field.tokenName') };
  return (
    <section aria-labelledby="account-tokens">
      <h2 id="account-tokens">{view.t('accounts.tokens.title')}</h2>
      <p>{view.t('accounts.tokens.intro')}</p>
      {props.tokens.length > 0 ? <TokenTable tokens={props.tokens} /> : <p>{view.t('accounts.tokens.none')}</p>}
      <h3>{view.t('accounts.tokens.newTitle')}</h3>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href('/account/tokens')}>
        <TextField
          name="name"
          label={labels.name}
          hint={view.t('accounts.field.tokenNameHint')}
          value={props.name}
          errors={props.errors}
          maxLength={ACCOUNT_LIMITS.tokenNameMax}
        />
        <div class="form-actions">
          <Button>{view.t('accounts.tokens.create')}</Button>
        </div>
      </Form>
    </section>
  );
}
