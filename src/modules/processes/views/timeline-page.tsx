import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { TimelineLink } from '../../../platform/module.ts';
import { Button, ErrorSummary, SelectField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import type { Body } from '../queries/list-bodies.ts';
import type { TimelineItem } from '../queries/list-timeline.ts';
import { ProcessNavigation } from './process-navigation.tsx';
import { TimelineEntry, timelineGroupOf } from './timeline-entry.tsx';

interface TimelineGroup {
  key: string;
  heading: string;
  items: TimelineItem[];
}

/** Consecutive items of the same month (or season) under one heading. */
function groupByMonth(view: ViewContextValue, items: readonly TimelineItem[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const item of items) {
    const group = timelineGroupOf(view, item);
    const last = groups.at(-1);
    if (last?.key === group.key) last.items.push(item);
    else groups.push({ ...group, items: [item] });
  }
  return groups;
}

function AudienceFilter(props: { process: Process; bodies: Body[]; audienceId: string | null; errors?: FieldErrors }) {
  const view = useView();
  return (
    <form method="get" action={view.href(`/processes/${props.process.slug}/timeline`)} class="timeline__filter">
      <SelectField
        name="audience"
        label={view.t('processes.timeline.filterLabel')}
        emptyLabel={view.t('processes.timeline.filterAll')}
        value={props.audienceId}
        options={props.bodies.map((body) => ({ value: body.id, label: view.text(body.name) }))}
        errors={props.errors}
      />
      <Button variant="secondary">{view.t('processes.timeline.filterSubmit')}</Button>
    </form>
  );
}

/**
 * The whole timeline month by month (a season where only the season is
 * known), optionally only the items for one body. With an unknown body the
 * form comes back with its error and no list (status 400).
 */
export function TimelinePage(props: {
  process: Process;
  bodies: Body[];
  items: TimelineItem[];
  audienceId: string | null;
  /** What other modules link from each item (by item id): an event's page. */
  links?: Map<string, TimelineLink[]>;
  errors?: FieldErrors;
}) {
  const view = useView();
  const title = view.t('processes.timeline.title', { process: view.text(props.process.title) });
  const groups = groupByMonth(view, props.items);
  const audience = props.bodies.find((body) => body.id === props.audienceId);
  return (
    <Layout title={title}>
      <ProcessNavigation process={props.process} current="timeline" />
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} />
      <AudienceFilter process={props.process} bodies={props.bodies} audienceId={props.audienceId} errors={props.errors} />
      {!props.errors && audience && (
        <p role="status">{view.t('processes.timeline.filtered', { count: props.items.length, body: view.text(audience.name) })}</p>
      )}
      {!props.errors && groups.length === 0 && (
        <p>{audience ? view.t('processes.timeline.emptyFiltered') : view.t('processes.timeline.empty')}</p>
      )}
      {!props.errors && (
        <div class="timeline">
          {groups.map((group) => (
            <section key={group.key} class="timeline__month" aria-labelledby={`timeline-${group.key}`}>
              <h2 id={`timeline-${group.key}`}>{group.heading}</h2>
              <ol class="timeline__items">
                {group.items.map((item) => (
                  <TimelineEntry key={item.id} item={item} bodies={props.bodies} heading="h3" links={props.links?.get(item.id)} />
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </Layout>
  );
}
