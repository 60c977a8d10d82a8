import type { ComponentChildren } from 'preact';
import { useView } from '../../../platform/views/context.ts';
import type { Wall, WallCluster, WallNote } from '../wall.ts';

/** What each item of a wall may carry after it: dot forms in the vote, counts at results. */
export interface WallItemExtras {
  /** Rendered after a cluster's heading (e.g. dot buttons). */
  cluster?: (cluster: WallCluster) => ComponentChildren;
  /** Rendered after a lone note (e.g. dot buttons). */
  note?: (note: WallNote) => ComponentChildren;
  showVotes?: boolean;
}

function NoteCard(props: { note: WallNote; extras: WallItemExtras | undefined; lone: boolean }) {
  const view = useView();
  const { note } = props;
  return (
    <li class={note.mine ? 'workshop-note workshop-note--mine' : 'workshop-note'} id={`note-${note.id}`}>
      <p class="workshop-note__text">{note.text}</p>
      {(note.authorName || note.mine) && (
        <p class="workshop-note__meta">
          {note.authorName}
          {note.mine && <span class="tag">{view.t('workshops.wall.mine')}</span>}
        </p>
      )}
      {note.duplicates.length > 0 && (
        <details class="workshop-note__duplicates">
          <summary>{view.t('workshops.wall.duplicates', { count: note.duplicates.length })}</summary>
          <ul>
            {note.duplicates.map((duplicate) => (
              <li key={duplicate.id}>{duplicate.text}</li>
            ))}
          </ul>
        </details>
      )}
      {props.lone && props.extras?.showVotes && <p class="workshop-votes">{view.t('workshops.wall.votes', { count: note.votes })}</p>}
      {props.lone && props.extras?.note?.(note)}
    </li>
  );
}

/**
 * One wall: clusters with their notes, then the notes outside clusters.
 * Plain lists under headings, so a screen reader can move cluster by cluster.
 */
export function WallView(props: { wall: Wall; headingLevel?: 2 | 3; extras?: WallItemExtras; title?: string }) {
  const view = useView();
  const { wall } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const Sub = props.headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section class="workshop-wall" aria-label={props.title ?? wall.groupName ?? view.t('workshops.wall.title')}>
      {props.title && <Heading>{props.title}</Heading>}
      {wall.hiddenCount > 0 && <p class="notice notice--info">{view.t('workshops.wall.hidden', { count: wall.hiddenCount })}</p>}
      {wall.noteCount === 0 && wall.hiddenCount === 0 && <p class="muted">{view.t('workshops.wall.empty')}</p>}
      {wall.clusters.map((cluster) => (
        <section class="workshop-cluster" key={cluster.id} id={`cluster-${cluster.id}`}>
          <Sub class="workshop-cluster__name">{cluster.name}</Sub>
          {props.extras?.showVotes && <p class="workshop-votes">{view.t('workshops.wall.votes', { count: cluster.votes })}</p>}
          {props.extras?.cluster?.(cluster)}
          <ul class="workshop-notes">
            {cluster.notes.map((note) => (
              <NoteCard key={note.id} note={note} extras={props.extras} lone={false} />
            ))}
          </ul>
        </section>
      ))}
      {wall.notes.length > 0 && (
        <section class="workshop-cluster workshop-cluster--loose">
          {wall.clusters.length > 0 && <Sub class="workshop-cluster__name">{view.t('workshops.wall.unclustered')}</Sub>}
          <ul class="workshop-notes">
            {wall.notes.map((note) => (
              <NoteCard key={note.id} note={note} extras={props.extras} lone />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
