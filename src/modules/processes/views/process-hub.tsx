import type { ProcessChannel } from '../../../platform/hub/process-channels.ts';
import { useView } from '../../../platform/views/context.ts';
import type { PhaseGroup, ProcessHub } from '../queries/collect-process-channels.ts';
import { langOf } from './localized.ts';

type Heading = 'h3' | 'h4';

function When(props: { label: string; at: string }) {
  const view = useView();
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <time dateTime={props.at}>
          {view.formatDate(props.at, { dateStyle: 'long', timeStyle: 'short', timeZone: view.organisation.timeZone })}
        </time>
      </dd>
    </>
  );
}

/** When a workshop or seminar is held: its start and its end (with its date when another day). */
function TakesPlace(props: { startsAt: string; endsAt: string }) {
  const view = useView();
  const timeZone = view.organisation.timeZone;
  const day = (at: string) => view.formatDate(at, { dateStyle: 'long', timeZone });
  const sameDay = day(props.startsAt) === day(props.endsAt);
  return (
    <>
      <dt>{view.t('processes.hub.takesPlace')}</dt>
      <dd>
        <time dateTime={props.startsAt}>{view.formatDate(props.startsAt, { dateStyle: 'long', timeStyle: 'short', timeZone })}</time>
        {' – '}
        <time dateTime={props.endsAt}>
          {view.formatDate(props.endsAt, { ...(sameDay ? {} : { dateStyle: 'long' }), timeStyle: 'short', timeZone })}
        </time>
      </dd>
    </>
  );
}

/** One channel: what it is, who may take part, its dates, and its one button. */
function ChannelCard(props: { channel: ProcessChannel; heading: Heading }) {
  const view = useView();
  const { channel } = props;
  const Title = props.heading;
  const summary = view.text(channel.summary);
  return (
    <li class={`hub-channel hub-channel--${channel.status}`} data-kind={channel.kind} data-id={channel.id}>
      <Title lang={langOf(view, channel.title)}>{view.text(channel.title)}</Title>
      <p class="hub-channel__kind">{channel.kindLabel}</p>
      {summary && <p lang={langOf(view, channel.summary)}>{summary}</p>}
      <dl class="hub-channel__facts">
        <dt>{view.t('processes.hub.audience')}</dt>
        <dd>{channel.audience}</dd>
        {channel.takesPlace && <TakesPlace {...channel.takesPlace} />}
        {channel.status === 'upcoming' && channel.opensAt && <When label={view.t('processes.hub.opens')} at={channel.opensAt} />}
        {channel.status !== 'closed' && channel.deadline && <When label={view.t('processes.hub.deadline')} at={channel.deadline} />}
        {channel.status === 'closed' && channel.deadline && <When label={view.t('processes.hub.closed')} at={channel.deadline} />}
      </dl>
      {channel.status === 'closed' && !channel.results && <p>{view.t('processes.hub.noResultsYet')}</p>}
      <p>
        <a class={channel.status === 'open' ? 'button' : 'button button--secondary'} href={view.href(channel.action.path)}>
          {channel.action.label}
          <span class="visually-hidden">: {view.text(channel.title)}</span>
        </a>
      </p>
    </li>
  );
}

function Channels(props: { channels: ProcessChannel[]; heading: Heading }) {
  return (
    <ul class="hub-channels">
      {props.channels.map((channel) => (
        <ChannelCard key={`${channel.kind}-${channel.id}`} channel={channel} heading={props.heading} />
      ))}
    </ul>
  );
}

function ByPhase(props: { groups: PhaseGroup[] }) {
  const view = useView();
  return (
    <>
      {props.groups.map((group) => (
        <div key={group.phase?.id ?? 'none'}>
          {group.phase ? (
            <h3 lang={langOf(view, group.phase.title)}>{view.text(group.phase.title)}</h3>
          ) : (
            <h3>{view.t('processes.hub.noPhase')}</h3>
          )}
          <Channels channels={group.channels} heading="h4" />
        </div>
      ))}
    </>
  );
}

/**
 * The way to follow the process (the follows module's page: one button when signed in, the
 * address with double opt-in otherwise). A link, not a form: the page is served from the render
 * cache, so it holds nothing personal and no CSRF token.
 */
function FollowProcess(props: { slug: string }) {
  const view = useView();
  return (
    <div class="hub-follow">
      <h3>{view.t('processes.hub.followTitle')}</h3>
      <p>{view.t('processes.hub.followWhat')}</p>
      <p>
        <a class="button button--secondary" href={view.href(`/processes/${props.slug}/follow`)}>
          {view.t('processes.hub.followLink')}
        </a>
      </p>
    </div>
  );
}

/**
 * The process page's hub: "Take part now" (every open channel with what, who, deadline and
 * one button), then "Coming up" and "Results", each by phase. Each section says what to do when empty.
 */
export function ProcessHubSections(props: { hub: ProcessHub; slug: string }) {
  const view = useView();
  const { hub } = props;
  return (
    <>
      <section aria-labelledby="hub-open-title" class="hub">
        <h2 id="hub-open-title">{view.t('processes.hub.openTitle')}</h2>
        {hub.open.length === 0 ? (
          <p>
            {view.t('processes.hub.openEmpty')}{' '}
            <a href={view.href(`/processes/${props.slug}/timeline`)}>{view.t('processes.hub.timelineLink')}</a>
          </p>
        ) : (
          <Channels channels={hub.open} heading="h3" />
        )}
        <FollowProcess slug={props.slug} />
      </section>
      <section aria-labelledby="hub-upcoming-title" class="hub">
        <h2 id="hub-upcoming-title">{view.t('processes.hub.upcomingTitle')}</h2>
        {hub.upcoming.length === 0 ? <p>{view.t('processes.hub.upcomingEmpty')}</p> : <ByPhase groups={hub.upcoming} />}
      </section>
      <section aria-labelledby="hub-results-title" class="hub">
        <h2 id="hub-results-title">{view.t('processes.hub.resultsTitle')}</h2>
        {hub.closed.length === 0 ? <p>{view.t('processes.hub.resultsEmpty')}</p> : <ByPhase groups={hub.closed} />}
      </section>
    </>
  );
}
