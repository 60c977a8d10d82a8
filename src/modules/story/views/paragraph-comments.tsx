import { useView } from '../../../platform/views/context.ts';
import type { Block } from '../model.ts';
import { COMMENTS_PER_PAGE } from '../queries/list-comment-pages.ts';
import type { StoryComment } from '../queries/list-comments.ts';

/**
 * The link to the paragraph's next page of comments: the reading page again (no script needed) showing
 * more of this paragraph's comments, its fragment on the first comment not shown before, so the reader
 * (and the keyboard focus) lands where they left off.
 */
export function moreCommentsHref(path: string, blockKey: string, shown: number): string {
  const page = Math.floor(shown / COMMENTS_PER_PAGE) + 1;
  return `${path}?paragraph=${encodeURIComponent(blockKey)}&page=${page}#${commentAnchor(blockKey, shown + 1)}`;
}

/** The anchor of a paragraph's comment by its place (1, 2, …) in the paragraph's list. */
export const commentAnchor = (blockKey: string, position: number) => `story-comments-${blockKey}-${position}`;

/** A paragraph's comments and, while comments are taken, the button that comments on it (keyboard and touch alike). */
export function ParagraphComments(props: {
  slug: string;
  block: Block;
  number: number;
  comments: Array<StoryComment & { versionNumber?: number }>;
  /** How many comments the paragraph has in all (those shown are the first of them); the list pages beyond. */
  total?: number;
  /** The reading page's path (unlocalized), to which the "show more" link goes. */
  more?: string;
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
          {comments.map((comment, index) => (
            <li
              class="story-comment"
              key={comment.id}
              lang={comment.language}
              // A page's first comment is where "show more" lands: focusable by the link, not in the tab order.
              {...(index > 0 && index % COMMENTS_PER_PAGE === 0 ? { id: commentAnchor(block.key, index + 1), tabindex: -1 } : {})}
            >
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
      {props.more && props.total !== undefined && props.total > comments.length && (
        <p class="story-comments__more">
          {view.t('story.comments.shownOf', { shown: comments.length, count: props.total })}{' '}
          <a href={view.href(moreCommentsHref(props.more, block.key, comments.length))}>
            {view.t('story.comments.more')}
            <span class="visually-hidden"> {view.t('story.comments.buttonWhich', { number: props.number })}</span>
          </a>
        </p>
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
