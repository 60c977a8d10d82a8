import type { TimelineLink } from '../../../platform/module.ts';
import type { ViewContextValue } from '../../../platform/views/context.ts';
import { useView } from '../../../platform/views/context.ts';
import type { Body } from '../queries/list-bodies.ts';
import type { TimelineItem } from '../queries/list-timeline.ts';
import { capitalise, formatCalendarDate, formatCalendarRange, formatWallTime } from './calendar-dates.ts';
import { TIMELINE_KIND_LABELS } from './labels.ts';
import { langOf } from './localized.ts';

type Season = 'spring' | 'summer' | 'autumn' | 'winter';

function seasonOf(date: string): Season {
  const month = Number(date.slice(5, 7));
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

/** "Syksy 2013": a season said as a season, because the organisation knows no closer date. */
export function seasonText(view: ViewContextValue, date: string): string {
  const year = date.slice(0, 4);
  const season = seasonOf(date);
  if (season === 'spring') return view.t('processes.timeline.season.spring', { year });
  if (season === 'summer') return view.t('processes.timeline.season.summer', { year });
  if (season === 'autumn') return view.t('processes.timeline.season.autumn', { year });
  return view.t('processes.timeline.season.winter', { year });
}

/** An item's date as exactly as it is known: a day or days, a month or months, or a season. */
export function timelineDateText(view: ViewContextValue, item: TimelineItem): string {
  if (item.datePrecision === 'season') return seasonText(view, item.startsOn);
  if (item.datePrecision === 'month') {
    return formatCalendarRange(view, item.startsOn, item.endsOn, { month: 'long', year: 'numeric' });
  }
  return formatCalendarRange(view, item.startsOn, item.endsOn, { dateStyle: 'long' });
}

function machineDate(item: TimelineItem): string {
  if (item.datePrecision === 'season') return item.startsOn.slice(0, 4);
  if (item.datePrecision === 'month') return item.startsOn.slice(0, 7);
  return item.startTime ? `${item.startsOn}T${item.startTime}` : item.startsOn;
}

function Audience(props: { itemId: string; bodies: Body[] }) {
  const view = useView();
  const labelId = `audience-${props.itemId}`;
  return (
    <>
      <p class="meta mb-0" id={labelId}>
        {view.t('processes.timeline.audience')}:
      </p>
      <ul class="timeline__audience" aria-labelledby={labelId}>
        {props.bodies.map((body) => (
          <li key={body.id} lang={langOf(view, body.name)}>
            {view.text(body.name)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One timeline item: date and time, kind, title, purpose, who is responsible and whom it is for. */
export function TimelineEntry(props: { item: TimelineItem; bodies: Body[]; heading: 'h3' | 'h4'; links?: TimelineLink[] | undefined }) {
  const view = useView();
  const { item } = props;
  const Heading = props.heading;
  const audience = props.bodies.filter((body) => item.audienceBodyIds.includes(body.id));
  const responsible = view.text(item.responsible);
  return (
    <li class="timeline__item">
      <p class="timeline__date">
        <time dateTime={machineDate(item)}>{timelineDateText(view, item)}</time>
        {item.datePrecision === 'day' && item.startTime && (
          <>
            <br />
            {view.t('processes.timeline.time', { time: formatWallTime(view, item.startTime, item.endTime) })}
          </>
        )}
      </p>
      <div>
        <span class="timeline__kind">{view.t(TIMELINE_KIND_LABELS[item.kind])}</span>
        <Heading lang={langOf(view, item.title)}>{view.text(item.title)}</Heading>
        {view.text(item.purpose) && <p lang={langOf(view, item.purpose)}>{view.text(item.purpose)}</p>}
        {responsible && (
          <p class="meta">
            {view.t('processes.timeline.responsible')}: <span lang={langOf(view, item.responsible)}>{responsible}</span>
          </p>
        )}
        {audience.length > 0 && <Audience itemId={item.id} bodies={audience} />}
        {props.links?.map((link) => (
          <p key={link.path}>
            <a href={view.href(link.path)}>
              {view.t(link.labelKey)}
              <span class="visually-hidden">: {view.text(item.title)}</span>
            </a>
          </p>
        ))}
      </div>
    </li>
  );
}

/** A month's or season's heading of the timeline: "Maaliskuu 2013", "Syksy 2013". */
export function timelineGroupOf(view: ViewContextValue, item: TimelineItem): { key: string; heading: string } {
  if (item.datePrecision === 'season') {
    return { key: `season-${item.startsOn.slice(0, 4)}-${seasonOf(item.startsOn)}`, heading: seasonText(view, item.startsOn) };
  }
  const month = item.startsOn.slice(0, 7);
  const name = formatCalendarDate(view, `${month}-01`, { month: 'long', year: 'numeric' });
  return { key: month, heading: capitalise(name, view.locale) };
}
