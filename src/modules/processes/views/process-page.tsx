import type { ComponentChildren } from 'preact';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Progress } from '../queries/describe-progress.ts';
import type { ProcessOverview } from '../queries/get-process-overview.ts';
import type { TimelineItem } from '../queries/list-timeline.ts';
import { langOf } from './localized.ts';
import { PhaseProgress } from './phase-progress.tsx';
import { ProcessHero } from './process-hero.tsx';
import { ProcessHubSections } from './process-hub.tsx';
import { ProcessNavigation } from './process-navigation.tsx';
import { TimelineEntry } from './timeline-entry.tsx';

const UPCOMING_ITEMS = 3;
const RECENT_ITEMS = 2;

/** The next few items not yet over, and the last few that are, in date order. */
export function timelinePreview(items: readonly TimelineItem[], today: string) {
  const lastDay = (item: TimelineItem) => item.endsOn ?? item.startsOn;
  return {
    upcoming: items.filter((item) => lastDay(item) >= today).slice(0, UPCOMING_ITEMS),
    recent: items.filter((item) => lastDay(item) < today).slice(-RECENT_ITEMS),
  };
}

function TimelinePreview(props: { overview: ProcessOverview; today: string }) {
  const view = useView();
  const { upcoming, recent } = timelinePreview(props.overview.timeline, props.today);
  const slug = props.overview.process.slug;
  return (
    <section aria-labelledby="timeline-preview-title">
      <h2 id="timeline-preview-title">{view.t('processes.timelinePreview.title')}</h2>
      <h3>{view.t('processes.timelinePreview.upcoming')}</h3>
      {upcoming.length === 0 ? (
        <p>{view.t('processes.timelinePreview.noUpcoming')}</p>
      ) : (
        <ol class="timeline__items">
          {upcoming.map((item) => (
            <TimelineEntry key={item.id} item={item} bodies={props.overview.bodies} heading="h4" />
          ))}
        </ol>
      )}
      {recent.length > 0 && (
        <>
          <h3>{view.t('processes.timelinePreview.recent')}</h3>
          <ol class="timeline__items">
            {recent.map((item) => (
              <TimelineEntry key={item.id} item={item} bodies={props.overview.bodies} heading="h4" />
            ))}
          </ol>
        </>
      )}
      <p>
        <a href={view.href(`/processes/${slug}/timeline`)}>{view.t('processes.timelinePreview.all')}</a>
      </p>
    </section>
  );
}

function BodiesPreview(props: { overview: ProcessOverview }) {
  const view = useView();
  const { bodies, process } = props.overview;
  return (
    <section aria-labelledby="bodies-title">
      <h2 id="bodies-title">{view.t('processes.bodies.title')}</h2>
      {bodies.length > 0 && (
        <ul>
          {bodies.map((body) => (
            <li key={body.id}>
              <a href={view.href(`/processes/${process.slug}/organisation#body-${body.id}`)} lang={langOf(view, body.name)}>
                {view.text(body.name)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={view.href(`/processes/${process.slug}/organisation`)}>{view.t('processes.bodies.chartLink')}</a>
      </p>
    </section>
  );
}

/**
 * The main content of a process's public page: hero, where we are now, the hub of its channels
 * (take part now, coming up, results), the story, timeline, bodies and what the other modules add
 * (news). It is shared between viewers with the same key in the fragment cache, so it shows
 * nothing of the request beyond its language and the viewer's permissions (no form, no CSRF token).
 */
export function ProcessPageContent(props: { overview: ProcessOverview; progress: Progress; today: string }) {
  const view = useView();
  const { process, phases } = props.overview;
  const story = view.text(process.story);
  return (
    <>
      <ProcessNavigation process={process} current="overview" />
      <ProcessHero process={process} />
      <PhaseProgress phases={phases} progress={props.progress} />
      <ProcessHubSections hub={props.overview.hub} slug={process.slug} />
      {story && (
        <section aria-labelledby="story-title">
          <h2 id="story-title">{view.t('processes.story.title')}</h2>
          {/* renderMarkdown escapes raw HTML and refuses unsafe links, so its output may be inserted. */}
          <div
            class="prose"
            lang={langOf(view, process.story)}
            dangerouslySetInnerHTML={{ __html: renderMarkdown(story, { firstHeadingLevel: 3 }) }}
          />
        </section>
      )}
      <TimelinePreview overview={props.overview} today={props.today} />
      <BodiesPreview overview={props.overview} />
      {props.overview.sections}
    </>
  );
}

/** The frame of a process's page, rendered for each request (header, account links, flash message), around its content. */
export function ProcessPageFrame(props: { title: string; slug: string; children: ComponentChildren }) {
  const view = useView();
  return (
    <Layout title={props.title} feedUrl={view.href(`/processes/${props.slug}/feed.atom`)}>
      {props.children}
    </Layout>
  );
}
