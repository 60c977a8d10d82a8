import { useView } from '../../../platform/views/context.ts';
import type { AdminTimelineItem } from '../queries/admin-timeline.ts';
import { seasonKey } from './admin-labels.ts';

/** A timeline date as exactly as it is known: a day (with its time), a month, or a season. */
export function TimelineDate(props: { item: AdminTimelineItem }) {
  const view = useView();
  const { item } = props;
  const format = (date: string) => {
    if (item.datePrecision === 'month') return view.formatDate(date, { month: 'long', year: 'numeric' });
    if (item.datePrecision === 'season') return view.t(seasonKey(date), { year: date.slice(0, 4) });
    return view.formatDate(date, { dateStyle: 'medium' });
  };
  const start =
    item.startTime && item.datePrecision === 'day'
      ? view.t('processes.admin.timeline.dateTime', { date: format(item.startsOn), time: item.startTime })
      : format(item.startsOn);
  if (!item.endsOn || item.endsOn === item.startsOn) return <>{start}</>;
  return <>{view.t('processes.admin.dateRange', { start, end: format(item.endsOn) })}</>;
}
