import { localize } from '../../../platform/i18n/locales.ts';
import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import { COVERAGE_STATUSES, type Round } from '../model.ts';
import type { Coverage, CoverageCounts, CoverageRow } from '../queries/round-coverage.ts';
import { CoverageMap } from './coverage-map.tsx';
import { CoveragePageSize, CoveragePagination, type CoveragePaging } from './coverage-pagination.tsx';
import { STATUS_KEYS } from './labels.ts';

function CountCells(props: { counts: CoverageCounts }) {
  const view = useView();
  const { counts } = props;
  return (
    <>
      {COVERAGE_STATUSES.map((status) => (
        <td key={status}>{counts.byStatus[status]}</td>
      ))}
      <td>{view.t('dialogues.coverage.ofHeadcount', { participants: counts.participants, headcount: counts.headcount })}</td>
      <td>{counts.commitments}</td>
    </>
  );
}

/**
 * One page of the work communities (the map above shows them all): how many and which are shown,
 * the page size, the table, and the links to the other pages. The labels of the statuses are
 * looked up once, not per row.
 */
function CommunityTable(props: { round: Round; rows: CoverageRow[]; paging: CoveragePaging }) {
  const view = useView();
  const { round, paging } = props;
  const path = `/admin/dialogues/${round.id}/coverage`;
  const statusLabels = Object.fromEntries(COVERAGE_STATUSES.map((status) => [status, view.t(STATUS_KEYS[status])]));
  const late = ` ${view.t('dialogues.coverage.late')}`;
  const first = paging.total === 0 ? 0 : (paging.page - 1) * paging.perPage + 1;
  return (
    <section aria-labelledby="coverage-communities">
      <h2 id="coverage-communities" tabIndex={-1}>
        {view.t('dialogues.coverage.byCommunity')}
      </h2>
      <p id="coverage-communities-range">
        {view.t('dialogues.coverage.range', {
          first,
          last: first === 0 ? 0 : first + props.rows.length - 1,
          total: paging.total,
          page: paging.page,
          pages: paging.pageCount,
        })}
      </p>
      <CoveragePageSize path={path} perPage={paging.perPage} />
      <TableScroll label={view.t('dialogues.coverage.byCommunity')}>
        <table class="data-table" aria-labelledby="coverage-communities" aria-describedby="coverage-communities-range">
          <thead>
            <tr>
              <th scope="col">{view.t('dialogues.coverage.community')}</th>
              <th scope="col">{view.t('dialogues.coverage.unit')}</th>
              <th scope="col">{view.t('dialogues.coverage.status')}</th>
              <th scope="col">{view.t('dialogues.record.heldOn')}</th>
              <th scope="col">{view.t('dialogues.coverage.participants')}</th>
              <th scope="col">{view.t('dialogues.record.commitments')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.community.id}>
                <th scope="row">
                  <a href={view.href(`/dialogues/${round.id}/communities/${row.community.id}`)}>
                    {localize(row.community.name, view.locale)}
                  </a>
                </th>
                <td>{localize(row.community.topUnit.name, view.locale)}</td>
                <td>
                  {statusLabels[row.status]}
                  {row.record?.late && late}
                </td>
                <td>{row.record?.heldOn ? view.formatDate(row.record.heldOn) : '–'}</td>
                <td>
                  {view.t('dialogues.coverage.ofHeadcount', {
                    participants: row.status === 'held' ? (row.record?.participants ?? 0) : 0,
                    headcount: row.community.headcount,
                  })}
                </td>
                <td>{row.commitments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <CoveragePagination path={path} paging={paging} />
    </section>
  );
}

function CountHeaders() {
  const view = useView();
  return (
    <>
      {COVERAGE_STATUSES.map((status) => (
        <th scope="col" key={status}>
          {view.t(STATUS_KEYS[status])}
        </th>
      ))}
      <th scope="col">{view.t('dialogues.coverage.participants')}</th>
      <th scope="col">{view.t('dialogues.record.commitments')}</th>
    </>
  );
}

/** The coordinator's button that mails the leads of the overdue work communities, and how many were reminded today. */
function Reminders(props: { round: Round; overdue: number; remindedToday: number }) {
  const view = useView();
  return (
    <section aria-labelledby="coverage-reminders">
      <h2 id="coverage-reminders">{view.t('dialogues.reminders.heading')}</h2>
      <p>{view.t('dialogues.reminders.intro', { overdue: props.overdue, reminded: props.remindedToday })}</p>
      {props.overdue > 0 && (
        <Form action={view.href(`/admin/dialogues/${props.round.id}/reminders`)}>
          <Button>{view.t('dialogues.reminders.send')}</Button>
        </Form>
      )}
    </section>
  );
}

/** The coverage of a round: all together, per unit (table and map, whole), and a page of the work communities, with the exports. */
export function CoveragePage(props: {
  round: Round;
  coverage: Coverage;
  /** The rows of the table by work community on this page. */
  pageRows: CoverageRow[];
  paging: CoveragePaging;
  today: string;
  canRemind: boolean;
  remindedToday: number;
  resultsPath: string | null;
}) {
  const view = useView();
  const { coverage, round } = props;
  const title = view.t('dialogues.coverage.title', { round: localize(round.title, view.locale) });
  const overall = coverage.overall;
  return (
    <Layout title={title} wide>
      <h1>{title}</h1>
      <p>
        {view.t('dialogues.coverage.summary', {
          held: overall.byStatus.held,
          total: overall.total,
          overdue: overall.byStatus.overdue,
          due: view.formatDate(round.dueOn),
        })}
      </p>
      <p>
        <a href={view.href(`/admin/dialogues/${round.id}/coverage.csv`)}>{view.t('dialogues.coverage.csv')}</a>
        {' · '}
        <a href={view.href(`/admin/dialogues/${round.id}/coverage.xlsx`)}>{view.t('dialogues.coverage.xlsx')}</a>
        {' · '}
        <a href={view.href(`/dialogues/${round.id}`)}>{view.t('dialogues.guide.link')}</a>
        {props.resultsPath && (
          <>
            {' · '}
            <a href={view.href(props.resultsPath)}>{view.t('dialogues.results.link')}</a>
          </>
        )}
      </p>
      {props.canRemind && <Reminders round={round} overdue={overall.byStatus.overdue} remindedToday={props.remindedToday} />}
      <CoverageMap round={round} coverage={coverage} />
      <h2 id="coverage-units">{view.t('dialogues.coverage.byUnit')}</h2>
      <TableScroll label={view.t('dialogues.coverage.byUnit')}>
        <table class="data-table" aria-labelledby="coverage-units">
          <thead>
            <tr>
              <th scope="col">{view.t('dialogues.coverage.unit')}</th>
              <th scope="col">{view.t('dialogues.coverage.communities')}</th>
              <CountHeaders />
            </tr>
          </thead>
          <tbody>
            {coverage.units.map((unit) => (
              <tr key={unit.id}>
                <th scope="row">{localize(unit.name, view.locale)}</th>
                <td>{unit.counts.total}</td>
                <CountCells counts={unit.counts} />
              </tr>
            ))}
            <tr>
              <th scope="row">{view.t('dialogues.coverage.overall')}</th>
              <td>{overall.total}</td>
              <CountCells counts={overall} />
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <CommunityTable round={round} rows={props.pageRows} paging={props.paging} />
    </Layout>
  );
}
