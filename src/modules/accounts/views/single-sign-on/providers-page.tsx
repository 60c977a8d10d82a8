import { AdminLayout } from '../../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../../platform/views/context.ts';
import type { IdentityProvider } from '../../single-sign-on/providers.ts';

/** The organisation's identity providers, with the callback address to register at each. */
export function ProvidersPage(props: { providers: IdentityProvider[]; redirectUri: string }) {
  const view = useView();
  return (
    <AdminLayout title={view.t('accounts.sso.title')}>
      <h1>{view.t('accounts.sso.title')}</h1>
      <p class="lead">{view.t('accounts.sso.intro')}</p>
      <p>{view.t('accounts.sso.redirectUri', { uri: props.redirectUri })}</p>
      <p>
        <a class="button button--secondary" href={view.href('/admin/single-sign-on/new')}>
          {view.t('accounts.sso.add')}
        </a>
      </p>
      {props.providers.length === 0 ? (
        <p>{view.t('accounts.sso.none')}</p>
      ) : (
        <TableScroll label={view.t('accounts.sso.caption')}>
          <table>
            <caption>{view.t('accounts.sso.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('accounts.sso.name')}</th>
                <th scope="col">{view.t('accounts.sso.issuerUrl')}</th>
                <th scope="col">{view.t('accounts.sso.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.providers.map((provider) => (
                <tr key={provider.id}>
                  <td>
                    <a href={view.href(`/admin/single-sign-on/${encodeURIComponent(provider.id)}`)}>{view.text(provider.name)}</a>
                  </td>
                  <td>{provider.issuerUrl}</td>
                  <td>{provider.enabled ? view.t('accounts.sso.statusEnabled') : view.t('accounts.sso.statusDisabled')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
