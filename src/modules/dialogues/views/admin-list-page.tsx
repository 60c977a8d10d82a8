import { localize } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Round } from '../model.ts';

/** The rounds the actor may plan or follow, each with its process, dates and links to its form and coverage. */
export function AdminListPage(props: { rounds: Array<{ round: Round; processTitle: string; manages: boolean }>; canCreate: boolean }) {
  const view = useView();
  const title = view.t('dialogues.admin.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{view.t('dialogues.admin.intro')}</p>
      {props.canCreate && (
        <p>
          <a class="button" href={view.href('/admin/dialogues/new')}>
            {view.t('dialogues.admin.new')}
          </a>
        </p>
      )}
      {props.rounds.length === 0 ? (
        <p>{view.t('dialogues.admin.empty')}</p>
      ) : (
        <TableScroll label={title}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{view.t('dialogues.round.title')}</th>
                <th scope="col">{view.t('dialogues.round.process')}</th>
                <th scope="col">{view.t('dialogues.round.opensOn')}</th>
                <th scope="col">{view.t('dialogues.round.dueOn')}</th>
                <th scope="col">{view.t('dialogues.coverage.link')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rounds.map(({ round, processTitle, manages }) => (
                <tr key={round.id}>
                  <td>
                    {manages ? (
                      <a href={view.href(`/admin/dialogues/${round.id}`)}>{localize(round.title, view.locale)}</a>
                    ) : (
                      <a href={view.href(`/dialogues/${round.id}`)}>{localize(round.title, view.locale)}</a>
                    )}
                  </td>
                  <td>{processTitle}</td>
                  <td>{view.formatDate(round.opensOn)}</td>
                  <td>{view.formatDate(round.dueOn)}</td>
                  <td>
                    <a href={view.href(`/admin/dialogues/${round.id}/coverage`)}>{view.t('dialogues.coverage.link')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Layout>
  );
}
