import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Participation } from '../../contributions/index.ts';

/** The month a participation table covers, and its figures. */
export interface MonthParticipation {
  /** The first day of the month in the organisation's zone, 'YYYY-MM-DD'. */
  month: string;
  figures: Participation;
}

/**
 * The organisation's participation this month at a glance: per channel the
 * people who took part and the contributions they gave, and all channels together.
 */
export function ParticipationSection(props: { participation: MonthParticipation }) {
  const view = useView();
  const { figures } = props.participation;
  const month = view.formatDate(`${props.participation.month}T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const caption = view.t('organisations.dashboard.participationCaption', { month });
  const number = (value: number) => value.toLocaleString(view.locale);
  return (
    <section aria-labelledby="participation-heading">
      <h2 id="participation-heading">{view.t('organisations.dashboard.participation')}</h2>
      {figures.channels.length === 0 ? (
        <p>{view.t('organisations.dashboard.noParticipation')}</p>
      ) : (
        <>
          <TableScroll label={caption}>
            <table class="data-table" id="participation">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{view.t('organisations.dashboard.channel')}</th>
                  <th scope="col" class="text-right">
                    {view.t('organisations.dashboard.people')}
                  </th>
                  <th scope="col" class="text-right">
                    {view.t('organisations.dashboard.contributions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.channels.map((row) => (
                  <tr key={row.channel}>
                    <th scope="row">{view.t(`contributions.channel.${row.channel}`)}</th>
                    <td class="text-right">{number(row.people)}</td>
                    <td class="text-right">{number(row.contributions)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{view.t('organisations.dashboard.allChannels')}</th>
                  <td class="text-right">{number(figures.people)}</td>
                  <td class="text-right">{number(figures.contributions)}</td>
                </tr>
              </tbody>
            </table>
          </TableScroll>
          {figures.channels.length > 1 && <p class="muted">{view.t('organisations.dashboard.peopleNote')}</p>}
        </>
      )}
    </section>
  );
}
