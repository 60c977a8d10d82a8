import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { OpinionGroupsSnapshot } from '../math/types.ts';
import { groupLabel, type Statement, type VoteTotals } from '../model.ts';
import { GroupBadge } from './group-symbols.tsx';
import { groupAndRest, statsByGroup } from './results-figures.ts';
import { StatementText } from './statement-text.tsx';

type ByNumber = Map<string, Statement>;

function Percent(props: { share: number }) {
  const view = useView();
  return <>{view.t('statements.results.percent', { share: props.share })}</>;
}

/**
 * A column's heading repeated in its cell for a phone, where the stacked table
 * hides its header row from view; hidden from screen readers, which read the header.
 */
function StackLabel(props: { text: string }) {
  return (
    <span class="data-table__stack-label" aria-hidden="true">
      {props.text}
    </span>
  );
}

/** Each group: its size, and the statements that tell it apart, with how the group and the others agree. */
export function GroupsSection(props: { snapshot: OpinionGroupsSnapshot; statements: ByNumber }) {
  const view = useView();
  const stats = statsByGroup(props.snapshot);
  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{view.t('statements.results.groupsHeading')}</h2>
      <p>{view.t('statements.results.groupsIntro')}</p>
      {props.snapshot.groups.map((group) => {
        const representative = props.snapshot.repness.find((entry) => entry.groupId === group.id)?.representative ?? [];
        const label = groupLabel(group.id);
        return (
          <section key={group.id} class="card" aria-labelledby={`group-${label}`}>
            <h3 id={`group-${label}`}>
              <GroupBadge groupId={group.id} /> {view.t('statements.results.groupTitle', { group: label, count: group.members.length })}
            </h3>
            {representative.length === 0 ? (
              <p>{view.t('statements.results.noRepresentative')}</p>
            ) : (
              <TableScroll label={view.t('statements.results.representativeCaption', { group: label })}>
                <table class="data-table data-table--stack">
                  <caption class="visually-hidden">{view.t('statements.results.representativeCaption', { group: label })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{view.t('statements.results.statement')}</th>
                      <th scope="col" class="text-right">
                        {view.t('statements.results.groupAgrees', { group: label })}
                      </th>
                      <th scope="col" class="text-right">
                        {view.t('statements.results.othersAgree')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {representative.map((entry) => {
                      const statement = props.statements.get(entry.statementId);
                      if (!statement) return null;
                      const shares = groupAndRest(stats, group.id, entry.statementId);
                      return (
                        <tr key={entry.statementId}>
                          <th scope="row">
                            <StatementText statement={statement} />
                            <br />
                            <span class="muted">
                              {entry.repfulFor === 'agree'
                                ? view.t('statements.results.byAgreeing')
                                : view.t('statements.results.byDisagreeing')}
                            </span>
                          </th>
                          <td class="text-right">
                            <StackLabel text={view.t('statements.results.groupAgrees', { group: label })} />
                            <Percent share={shares.group.agree} />
                          </td>
                          <td class="text-right">
                            <StackLabel text={view.t('statements.results.othersAgree')} />
                            <Percent share={shares.rest.agree} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        );
      })}
    </section>
  );
}

/** What (nearly) everyone agrees or disagrees with: Polis's consensus statements over every voter. */
export function ConsensusSection(props: { snapshot: OpinionGroupsSnapshot; statements: ByNumber }) {
  const view = useView();
  const sides = [
    { key: 'agree' as const, heading: view.t('statements.results.consensusAgree'), items: props.snapshot.consensus.agree },
    { key: 'disagree' as const, heading: view.t('statements.results.consensusDisagree'), items: props.snapshot.consensus.disagree },
  ];
  return (
    <section aria-labelledby="consensus-heading">
      <h2 id="consensus-heading">{view.t('statements.results.consensusHeading')}</h2>
      <p>{view.t('statements.results.consensusIntro')}</p>
      {sides.map((side) => (
        <div key={side.key}>
          <h3>{side.heading}</h3>
          {side.items.length === 0 ? (
            <p>{view.t('statements.results.noneFound')}</p>
          ) : (
            <ul>
              {side.items.map((item) => {
                const statement = props.statements.get(item.statementId);
                if (!statement) return null;
                const share = item.nTrials > 0 ? item.nSuccess / item.nTrials : 0;
                return (
                  <li key={item.statementId}>
                    <StatementText statement={statement} />{' '}
                    <span class="muted">
                      {side.key === 'agree'
                        ? view.t('statements.results.shareAgreed', { share, count: item.nTrials })
                        : view.t('statements.results.shareDisagreed', { share, count: item.nTrials })}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

/** Statements on which groups take opposite sides, most divisive first. */
export function DivisiveSection(props: { snapshot: OpinionGroupsSnapshot; statements: ByNumber }) {
  const view = useView();
  const stats = statsByGroup(props.snapshot);
  const items = props.snapshot.divisive.filter((item) => props.statements.has(item.statementId));
  return (
    <section aria-labelledby="divisive-heading">
      <h2 id="divisive-heading">{view.t('statements.results.divisiveHeading')}</h2>
      <p>{view.t('statements.results.divisiveIntro')}</p>
      {items.length === 0 ? (
        <p>{view.t('statements.results.noneFound')}</p>
      ) : (
        <TableScroll label={view.t('statements.results.divisiveHeading')}>
          <table class="data-table">
            <caption class="visually-hidden">{view.t('statements.results.divisiveHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('statements.results.statement')}</th>
                <th scope="col">{view.t('statements.results.mostAgreeing')}</th>
                <th scope="col">{view.t('statements.results.mostDisagreeing')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const statement = props.statements.get(item.statementId) as Statement;
                const agreeing = groupAndRest(stats, item.mostAgreeingGroup, item.statementId).group;
                const disagreeing = groupAndRest(stats, item.mostDisagreeingGroup, item.statementId).group;
                return (
                  <tr key={item.statementId}>
                    <th scope="row">
                      <StatementText statement={statement} />
                    </th>
                    <td>
                      <GroupBadge groupId={item.mostAgreeingGroup} />{' '}
                      {view.t('statements.results.groupShareAgrees', { group: groupLabel(item.mostAgreeingGroup), share: agreeing.agree })}
                    </td>
                    <td>
                      <GroupBadge groupId={item.mostDisagreeingGroup} />{' '}
                      {view.t('statements.results.groupShareDisagrees', {
                        group: groupLabel(item.mostDisagreeingGroup),
                        share: disagreeing.disagree,
                      })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** Every published statement's vote counts, counted from the stored votes at the time of the page. */
export function TotalsSection(props: { statements: Statement[]; totals: Map<string, VoteTotals> }) {
  const view = useView();
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading">{view.t('statements.results.totalsHeading')}</h2>
      <TableScroll label={view.t('statements.results.totalsHeading')}>
        <table class="data-table" id="statement-totals">
          <caption class="visually-hidden">{view.t('statements.results.totalsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{view.t('statements.results.statement')}</th>
              <th scope="col" class="text-right">
                {view.t('statements.vote.agree')}
              </th>
              <th scope="col" class="text-right">
                {view.t('statements.vote.disagree')}
              </th>
              <th scope="col" class="text-right">
                {view.t('statements.vote.pass')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.statements.map((statement) => {
              const totals = props.totals.get(statement.id) ?? { agree: 0, disagree: 0, pass: 0 };
              return (
                <tr key={statement.id} data-statement={statement.id}>
                  <th scope="row">
                    <StatementText statement={statement} />
                  </th>
                  <td class="text-right">{totals.agree}</td>
                  <td class="text-right">{totals.disagree}</td>
                  <td class="text-right">{totals.pass}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
