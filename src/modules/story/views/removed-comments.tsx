import type { ComponentChildren } from 'preact';
import { useView } from '../../../platform/views/context.ts';
import type { CarriedComment } from '../carry-over.ts';

/**
 * The comments whose paragraph this version no longer has: each with the version it was made on, a link
 * to the paragraph there, and its response; nothing is lost when an edit removes a paragraph.
 */
export function RemovedComments(props: {
  slug: string;
  comments: CarriedComment[];
  responses?: (comment: CarriedComment) => ComponentChildren;
}) {
  const view = useView();
  if (props.comments.length === 0) return null;
  return (
    <section class="story-comments story-comments--removed" aria-labelledby="story-removed-comments">
      <h2 id="story-removed-comments">{view.t('story.comments.removedTitle', { count: props.comments.length })}</h2>
      <p>{view.t('story.comments.removedIntro')}</p>
      <ul class="story-comments__list">
        {props.comments.map((comment) => (
          <li class="story-comment" key={comment.id} lang={comment.language}>
            {comment.passage && (
              <p class="story-comment__passage">
                <span class="visually-hidden">{view.t('story.comments.passage')} </span>“{comment.passage}”
              </p>
            )}
            <p class="story-comment__body">{comment.body}</p>
            <p class="story-comment__meta">
              {view.formatDate(comment.createdAt, { dateStyle: 'medium' })} ·{' '}
              <a href={view.href(`/processes/${props.slug}/story/versions/${comment.versionNumber}#story-${comment.blockKey}`)}>
                {view.t('story.comments.removedParagraph', { number: comment.versionNumber })}
              </a>
            </p>
            {props.responses?.(comment)}
          </li>
        ))}
      </ul>
    </section>
  );
}
