import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import { toWallTime } from '../../../platform/zoned-time.ts';
import type { Process } from '../../processes/index.ts';
import type { VisibleEvent } from '../queries/list-visible-events.ts';
import { closedReason } from '../registration-window.ts';
import { useEventTime } from './event-facts.tsx';
import { KIND_LABELS, langOf, STATUS_LABELS } from './labels.ts';

interface MonthGroup {
  key: string;
  heading: string;
  entries: VisibleEvent[];
}

function byMonth(view: ViewContextValue, entries: VisibleEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const key = toWallTime(new Date(entry.event.startsAt), view.organisation.timeZone).date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else {
      const heading = view.formatDate(entry.event.startsAt, { month: 'long', year: 'numeric', timeZone: view.organisation.timeZone });
      groups.push({ key, heading: heading.charAt(0).toLocaleUpperCase(view.locale) + heading.slice(1), entries: [entry] });
    }
  }
  return groups;
}

function EventCard(props: { entry: VisibleEvent; now: Date; showProcess: boolean }) {
  const view = useView();
  const { event, process } = props.entry;
  const open = event.registrationMode !== 'none' && closedReason(event, props.now) === null;
  return (
    <li>
      <article class="card">
        <h4 class="card__title">
          <a href={view.href(`/events/${event.id}`)} lang={langOf(view, event.title)}>
            {view.text(event.title)}
          </a>
        </h4>
        <p class="card__meta">
          <time dateTime={event.startsAt}>{useEventTime(event)}</time>
        </p>
        <p class="card__meta">
          <span class="tag">{view.t(KIND_LABELS[event.kind])}</span>{' '}
          {event.status !== 'confirmed' && <span class="tag">{view.t(STATUS_LABELS[event.status])}</span>}{' '}
          {open && <span class="tag tag--public">{view.t('events.list.registrationOpen')}</span>}
        </p>
        {props.showProcess && (
          <p class="card__meta" lang={langOf(view, process.title)}>
            {view.text(process.title)}
          </p>
        )}
        {view.text(event.place) && <p class="card__meta">{view.text(event.place)}</p>}
      </article>
    </li>
  );
}

function Section(props: { id: string; title: string; entries: VisibleEvent[]; now: Date; showProcess: boolean; empty: string }) {
  const view = useView();
  const groups = byMonth(view, props.entries);
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {groups.length === 0 && <p>{props.empty}</p>}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`${props.id}-${group.key}`}>
          <h3 id={`${props.id}-${group.key}`}>{group.heading}</h3>
          <ul class="card-list">
            {group.entries.map((entry) => (
              <EventCard key={entry.event.id} entry={entry} now={props.now} showProcess={props.showProcess} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Events month by month, upcoming first, then past ones (newest first), with the calendar feed to subscribe to. */
export function EventListPage(props: { title: string; process: Process | null; entries: VisibleEvent[]; now: Date; feedPath: string }) {
  const view = useView();
  const at = props.now.toISOString();
  const upcoming = props.entries.filter((entry) => entry.event.endsAt >= at);
  const past = props.entries.filter((entry) => entry.event.endsAt < at).reverse();
  return (
    <Layout title={props.title}>
      <nav class="breadcrumbs" aria-label={view.t('events.nav.breadcrumbs')}>
        <ol>
          <li>
            <a href={view.href('/')}>{view.t('events.nav.frontPage')}</a>
          </li>
          {props.process && (
            <li>
              <a href={view.href(`/processes/${props.process.slug}`)} lang={langOf(view, props.process.title)}>
                {view.text(props.process.title)}
              </a>
            </li>
          )}
          <li>
            <span aria-current="page">{props.title}</span>
          </li>
        </ol>
      </nav>
      <h1>{props.title}</h1>
      <p>
        <a href={`${props.feedPath}?lang=${view.locale}`}>{view.t('events.list.subscribe')}</a>
      </p>
      <Section
        id="upcoming"
        title={view.t('events.list.upcoming')}
        entries={upcoming}
        now={props.now}
        showProcess={!props.process}
        empty={view.t('events.list.noUpcoming')}
      />
      <Section
        id="past"
        title={view.t('events.list.past')}
        entries={past}
        now={props.now}
        showProcess={!props.process}
        empty={view.t('events.list.noPast')}
      />
    </Layout>
  );
}
