import { useView } from '../../../platform/views/context.ts';
import type { Block } from '../model.ts';
import type { StoryComment } from '../queries/list-comments.ts';

/** A paragraph's comments and, while comments are taken, the button that comments on it (keyboard and touch alike). */
export function ParagraphComments(props: {
  slug: string;
  block: Block;
  number: number;
  comments: Array<StoryComment & { versionNumber?: number }>;
  /** The version shown: a comment made on an earlier one says so. */
  versionNumber?: number;
  open: boolean;
  responses?: (comment: StoryComment) => preact.ComponentChildren;
}) {
  const view = useView();
  const { block, comments } = props;
  if (!props.open && comments.length === 0) return null;
  const headingId = `story-comments-${block.key}`;
  return (
    <section class="story-comments" aria-labelledby={headingId} data-story-block={block.key}>
      <h3 id={headingId} class="visually-hidden">
        {view.t('story.comments.heading', { number: props.number })}
      </h3>
      {comments.length > 0 && (
        <ul class="story-comments__list">
          {comments.map((comment) => (
            <li class="story-comment" key={comment.id} lang={comment.language}>
              {comment.passage && (
                <p class="story-comment__passage">
                  <span class="visually-hidden">{view.t('story.comments.passage')} </span>“{comment.passage}”
                </p>
              )}
              <p class="story-comment__body">{comment.body}</p>
              <p class="story-comment__meta">
                {view.formatDate(comment.createdAt, { dateStyle: 'medium' })}
                {comment.versionNumber !== undefined && comment.versionNumber !== props.versionNumber && (
                  <> · {view.t('story.comments.madeOn', { number: comment.versionNumber })}</>
                )}
              </p>
              {props.responses?.(comment)}
            </li>
          ))}
        </ul>
      )}
      {props.open && (
        <p>
          <a
            class="button button--secondary story-comments__button"
            href={view.href(`/processes/${props.slug}/story/comment?block=${encodeURIComponent(block.key)}`)}
            data-story-comment={block.key}
          >
            {view.t('story.comments.button')}
            <span class="visually-hidden"> {view.t('story.comments.buttonWhich', { number: props.number })}</span>
          </a>
        </p>
      )}
    </section>
  );
}
