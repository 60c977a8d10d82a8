import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Channel, ChannelState } from '../model.ts';
import { ChannelBreadcrumbs } from './channel-breadcrumbs.tsx';

/** A channel as the list shows it: where it stands now. */
export interface ChannelListItem {
  channel: Channel;
  state: ChannelState;
  statements: number;
}

/** The statements channels of a process, each with its question and whether it is open. */
export function ChannelListPage(props: { process: Process; items: ChannelListItem[] }) {
  const view = useView();
  return (
    <Layout title={view.t('statements.list.title', { process: view.text(props.process.title) })}>
      <ChannelBreadcrumbs process={props.process} current={view.t('statements.list.heading')} />
      <h1>{view.t('statements.list.heading')}</h1>
      <p class="lead">{view.t('statements.list.intro')}</p>
      {props.items.length === 0 ? (
        <p>{view.t('statements.list.empty')}</p>
      ) : (
        <ul class="card-list">
          {props.items.map(({ channel, state, statements }) => (
            <li key={channel.id}>
              <article class="card">
                <h2 class="card__title">
                  <a href={view.href(`/processes/${props.process.slug}/statements/${channel.id}`)}>{view.text(channel.question)}</a>
                </h2>
                <p class="card__meta">
                  {view.t(`statements.state.${state}`)} · {view.t('statements.list.statementCount', { count: statements })}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
