import { localize } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { CoverageStatus, Round } from '../model.ts';
import type { RoundCommunity } from '../queries/round-communities.ts';
import { Guide } from './guide.tsx';
import { STATUS_KEYS } from './labels.ts';

type CommunityStatus = { community: RoundCommunity; status: CoverageStatus };

/**
 * A round's guide for staff, the work communities whose dialogue the reader holds with where each
 * stands, and the reader's own work community (by the staff directory) whose dialogue they may read.
 */
export function GuidePage(props: { round: Round; own: CommunityStatus[]; member?: CommunityStatus | undefined; coverage: boolean }) {
  const view = useView();
  const title = localize(props.round.title, view.locale);
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {props.coverage && (
        <p>
          <a href={view.href(`/admin/dialogues/${props.round.id}/coverage`)}>{view.t('dialogues.coverage.link')}</a>
        </p>
      )}
      {props.member && (
        <p>
          {view.t('dialogues.guide.memberCommunity')}{' '}
          <a href={view.href(`/dialogues/${props.round.id}/communities/${props.member.community.id}`)}>
            {localize(props.member.community.name, view.locale)}
          </a>{' '}
          ({view.t(STATUS_KEYS[props.member.status])})
        </p>
      )}
      {props.own.length > 0 && (
        <section>
          <h2>{view.t('dialogues.guide.yourCommunities')}</h2>
          <TableScroll label={view.t('dialogues.guide.yourCommunities')}>
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{view.t('dialogues.coverage.community')}</th>
                  <th scope="col">{view.t('dialogues.coverage.status')}</th>
                </tr>
              </thead>
              <tbody>
                {props.own.map(({ community, status }) => (
                  <tr key={community.id}>
                    <td>
                      <a href={view.href(`/dialogues/${props.round.id}/communities/${community.id}`)}>
                        {localize(community.name, view.locale)}
                      </a>
                    </td>
                    <td>{view.t(STATUS_KEYS[status])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
      <h2>{view.t('dialogues.guide.heading')}</h2>
      <Guide round={props.round} headingLevel="h3" />
    </Layout>
  );
}
