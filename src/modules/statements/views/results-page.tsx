import { Layout } from '../../../platform/views/components/layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import { type Channel, groupLabel, type Statement, type VoteTotals } from '../model.ts';
import { groupOfParticipant, type StoredSnapshot } from '../queries/find-latest-snapshot.ts';
import { ChannelBreadcrumbs } from './channel-breadcrumbs.tsx';
import { GroupBadge } from './group-symbols.tsx';
import { OpinionMap } from './opinion-map.tsx';
import { ConsensusSection, DivisiveSection, GroupsSection, TotalsSection } from './results-sections.tsx';

/** What the results page shows. */
export interface ResultsPageProps {
  process: Process;
  channel: Channel;
  /** Published statements, in number order (hidden ones are left out of every list). */
  statements: Statement[];
  totals: Map<string, VoteTotals>;
  snapshot: StoredSnapshot | null;
  viewerNumber: number | null;
  figures: { participants: number; votes: number };
  basePath: string;
}

function MapSection(props: { snapshot: StoredSnapshot; viewerNumber: number | null }) {
  const view = useView();
  const { result } = props.snapshot;
  const grouped = result.participants.included.length;
  const ungrouped = result.projections.length - grouped;
  const own = groupOfParticipant(result, props.viewerNumber);
  const onMap = props.viewerNumber !== null && result.projections.some((point) => point.participantId === String(props.viewerNumber));
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">{view.t('statements.results.mapHeading')}</h2>
      <p>{view.t('statements.results.mapIntro')}</p>
      <figure class="opinion-map-figure">
        <OpinionMap id="opinion-map" snapshot={result} viewerNumber={props.viewerNumber} />
        <figcaption class="muted">{view.t('statements.results.mapCaption')}</figcaption>
      </figure>
      {props.viewerNumber !== null && (
        <p class="notice notice--info" role="status">
          {own !== null
            ? view.t('statements.results.youInGroup', { group: groupLabel(own) })
            : onMap
              ? view.t('statements.results.youNotGrouped')
              : view.t('statements.results.youNotOnMap')}
        </p>
      )}
      <TableScroll label={view.t('statements.results.mapTableCaption')}>
        <table class="data-table">
          <caption>{view.t('statements.results.mapTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{view.t('statements.results.group')}</th>
              <th scope="col" class="text-right">
                {view.t('statements.results.participants')}
              </th>
              <th scope="col" class="text-right">
                {view.t('statements.results.shareOfGrouped')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.groups.map((group) => (
              <tr key={group.id}>
                <th scope="row">
                  <GroupBadge groupId={group.id} /> {view.t('statements.results.groupName', { group: groupLabel(group.id) })}
                  {own === group.id && ` ${view.t('statements.results.yourGroupMark')}`}
                </th>
                <td class="text-right">{group.members.length}</td>
                <td class="text-right">{view.t('statements.results.percent', { share: grouped ? group.members.length / grouped : 0 })}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{view.t('statements.results.notGrouped')}</th>
              <td class="text-right">{ungrouped}</td>
              <td class="text-right">–</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/**
 * The results of a channel: the opinion map (SVG with a table of the same
 * facts), each group's size and representative statements, what unites
 * everyone, what divides the groups, and every statement's totals. Plain
 * HTML that prints as it is shown.
 */
export function ResultsPage(props: ResultsPageProps) {
  const view = useView();
  const question = view.text(props.channel.question);
  const { snapshot } = props;
  const byNumber = new Map(props.statements.map((statement) => [String(statement.number), statement]));
  return (
    <Layout title={view.t('statements.results.title', { question })}>
      <ChannelBreadcrumbs
        process={props.process}
        trail={[{ label: question, href: props.basePath }]}
        current={view.t('statements.results.heading')}
      />
      <h1>{view.t('statements.results.heading')}</h1>
      <p class="lead">{question}</p>
      <ul class="meta">
        <li>{view.t('statements.results.figures', { participants: props.figures.participants, votes: props.figures.votes })}</li>
        {snapshot && (
          <li>
            {view.t('statements.results.computedAt', {
              date: view.formatDate(snapshot.computedAt, { dateStyle: 'long', timeStyle: 'short' }),
            })}
          </li>
        )}
      </ul>
      {snapshot && snapshot.result.groups.length > 0 ? (
        <>
          <MapSection snapshot={snapshot} viewerNumber={props.viewerNumber} />
          <GroupsSection snapshot={snapshot.result} statements={byNumber} />
          <ConsensusSection snapshot={snapshot.result} statements={byNumber} />
          <DivisiveSection snapshot={snapshot.result} statements={byNumber} />
        </>
      ) : (
        <p class="notice notice--info">{view.t('statements.results.notYet')}</p>
      )}
      <TotalsSection statements={props.statements} totals={props.totals} />
      {snapshot && (
        <p class="muted">
          {view.t('statements.results.reproducible', { digest: snapshot.inputsDigest.slice(0, 16), seed: snapshot.seed })}
        </p>
      )}
      <p>
        <a href={props.basePath}>{view.t('statements.results.backToVoting')}</a>
      </p>
    </Layout>
  );
}
