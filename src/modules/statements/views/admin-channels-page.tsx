import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Channel, ChannelState } from '../model.ts';

/** A row of the admin list: the channel, its process, where it stands and what waits for a moderator. */
export interface AdminChannelRow {
  channel: Channel;
  processTitle: LocalizedText;
  state: ChannelState;
  pending: number;
  manages: boolean;
}

/** The admin list of statements channels, with links to set up new ones in the processes the actor manages. */
export function AdminChannelsPage(props: { rows: AdminChannelRow[]; newIn: Array<{ id: string; title: LocalizedText }> }) {
  const view = useView();
  return (
    <AdminLayout title={view.t('statements.admin.title')}>
      <h1>{view.t('statements.admin.title')}</h1>
      {props.newIn.length > 0 && (
        <ul class="actions">
          {props.newIn.map((process) => (
            <li key={process.id}>
              <a class="button" href={view.href(`/admin/statements/new?process=${process.id}`)}>
                {view.t('statements.admin.newIn', { process: view.text(process.title) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {props.rows.length === 0 ? (
        <p>{view.t('statements.admin.empty')}</p>
      ) : (
        <TableScroll label={view.t('statements.admin.title')}>
          <table class="data-table">
            <caption class="visually-hidden">{view.t('statements.admin.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('statements.admin.question')}</th>
                <th scope="col">{view.t('statements.admin.process')}</th>
                <th scope="col">{view.t('statements.admin.state')}</th>
                <th scope="col" class="text-right">
                  {view.t('statements.admin.pending')}
                </th>
                <th scope="col">{view.t('statements.admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr key={row.channel.id}>
                  <th scope="row">{view.text(row.channel.question)}</th>
                  <td>{view.text(row.processTitle)}</td>
                  <td>{view.t(`statements.state.${row.state}`)}</td>
                  <td class="text-right">{row.pending}</td>
                  <td>
                    <ul class="actions">
                      {row.manages && (
                        <li>
                          <a href={view.href(`/admin/statements/${row.channel.id}`)}>{view.t('statements.admin.edit')}</a>
                        </li>
                      )}
                      <li>
                        <a href={view.href(`/admin/statements/${row.channel.id}/moderation`)}>{view.t('statements.admin.moderate')}</a>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
