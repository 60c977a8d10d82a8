import { useView } from '../../../platform/views/context.ts';
import type { LiveView } from '../live/live-view.ts';
import type { Workshop } from '../model.ts';

/** Why nothing can be done right now: the workshop ended, or the room is locked. */
export function RoomNotices(props: { live: LiveView; kind: Workshop['kind'] }) {
  const view = useView();
  if (props.live.status === 'closed') return <p class="notice notice--info">{view.t('workshops.room.ended', { kind: props.kind })}</p>;
  if (props.live.locked) return <p class="notice notice--warning">{view.t('workshops.room.locked')}</p>;
  return null;
}

/** The current prompt with its number and stage, or a line saying the facilitator has not started yet. */
export function PromptHeading(props: { live: LiveView; level?: 'h1' | 'h2' }) {
  const view = useView();
  const { prompt } = props.live;
  const Heading = props.level ?? 'h2';
  if (!prompt || prompt.stage === 'pending') return <p class="lead">{view.t('workshops.room.waiting')}</p>;
  return (
    <section class="workshop-prompt" aria-labelledby="workshop-prompt-text">
      <p class="meta">
        {view.t('workshops.room.promptOf', { number: prompt.position + 1, count: props.live.promptCount })}
        {' · '}
        <span class="tag">{view.t(`workshops.stage.${prompt.stage}`)}</span>
      </p>
      <Heading id="workshop-prompt-text" class="workshop-prompt__text">
        {view.text(prompt.text)}
      </Heading>
    </section>
  );
}

/** The timer's end as a time of day (the script turns it into a countdown). */
export function Timer(props: { endsAt: string | null }) {
  const view = useView();
  if (!props.endsAt) return null;
  const time = view.formatDate(props.endsAt, { hour: '2-digit', minute: '2-digit' });
  return (
    <p class="workshop-timer" data-ends-at={props.endsAt}>
      {view.t('workshops.room.timerEndsAt', { time })}
    </p>
  );
}
