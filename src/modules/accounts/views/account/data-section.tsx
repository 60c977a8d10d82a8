import { useView } from '../../../../platform/views/context.ts';

/** One's seats in bodies, downloading one's data, and the way to delete the account. */
export function DataSection() {
  const view = useView();
  return (
    <>
      <section aria-labelledby="account-seats">
        <h2 id="account-seats">{view.t('accounts.seats.title')}</h2>
        <p>{view.t('accounts.seats.intro')}</p>
        <p>
          <a href={view.href('/account/seats')}>{view.t('accounts.seats.link')}</a>
        </p>
      </section>
      <section aria-labelledby="account-data">
        <h2 id="account-data">{view.t('accounts.data.title')}</h2>
        <p>{view.t('accounts.data.intro')}</p>
        <p>
          <a class="button button--secondary" href={view.href('/account/export')} download>
            {view.t('accounts.data.download')}
          </a>{' '}
          <a href={view.href('/account/export/html')}>{view.t('accounts.data.read')}</a>
        </p>
      </section>
      <section class="danger-zone" aria-labelledby="account-delete">
        <h2 id="account-delete">{view.t('accounts.delete.title')}</h2>
        <p>{view.t('accounts.delete.intro')}</p>
        <p>
          <a class="button button--danger" href={view.href('/account/delete')}>
            {view.t('accounts.delete.start')}
          </a>
        </p>
      </section>
    </>
  );
}
