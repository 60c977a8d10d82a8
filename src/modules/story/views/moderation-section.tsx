import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { HiddenComment, StoryComment } from '../queries/list-comments.ts';
import { COMMENT_LIMITS } from '../schemas.ts';

/** A refused moderation form: whose, the reason as typed and what is wrong. */
export interface ModerationFormState {
  commentId: string;
  reason: string;
  errors: FieldErrors;
}

/** One comment's hide form: a reason (required, the commenter may be told) and the button; ids unique per comment. */
function HideForm(props: { comment: StoryComment; action: string; state?: ModerationFormState | undefined }) {
  const view = useView();
  const id = `moderation-${props.comment.id}-reason`;
  const error = props.state?.errors.reason ?? props.state?.errors._;
  return (
    <details class="story-moderation__hide" open={props.state ? true : undefined}>
      <summary>{view.t('story.moderation.hide')}</summary>
      <Form action={props.action}>
        <input type="hidden" name="decision" value="hide" />
        <div class={error ? 'field field--error' : 'field'}>
          <label for={id} class="field__label">
            {view.t('story.moderation.reason')}
          </label>
          <p class="field__hint" id={`${id}-hint`}>
            {view.t('story.moderation.reasonHint')}
          </p>
          {error && (
            <p class="field__error" id={`${id}-error`} role="alert">
              {view.t(error.key, error.values)}
            </p>
          )}
          <input
            type="text"
            id={id}
            name="reason"
            class="field__input"
            maxLength={COMMENT_LIMITS.reasonMax}
            value={props.state?.reason ?? ''}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <Button variant="danger">{view.t('story.moderation.hideSubmit')}</Button>
      </Form>
    </details>
  );
}

/**
 * The register's moderation: every published comment with a form that hides it (with a reason), and
 * the hidden ones with their reasons and a button that restores each. Pages work without script.
 */
export function ModerationSection(props: {
  slug: string;
  comments: StoryComment[];
  hidden: HiddenComment[];
  paragraph: (key: string) => string;
  state?: ModerationFormState | undefined;
}) {
  const view = useView();
  const action = (id: string) => view.href(`/processes/${props.slug}/story/comments/${id}/moderation`);
  return (
    <section aria-labelledby="story-moderation">
      <h2 id="story-moderation">{view.t('story.moderation.title')}</h2>
      <p>{view.t('story.moderation.intro')}</p>
      <ul class="story-moderation">
        {props.comments.map((comment) => (
          <li key={comment.id} class="story-comment" id={`comment-${comment.id}`}>
            <p class="story-comment__passage">{props.paragraph(comment.blockKey)}</p>
            <p>{comment.body}</p>
            <HideForm
              comment={comment}
              action={action(comment.id)}
              state={props.state?.commentId === comment.id ? props.state : undefined}
            />
          </li>
        ))}
      </ul>
      {props.hidden.length > 0 && (
        <>
          <h3>{view.t('story.moderation.hiddenTitle', { count: props.hidden.length })}</h3>
          <ul class="story-moderation">
            {props.hidden.map((comment) => (
              <li key={comment.id} class="story-comment story-comment--hidden" id={`comment-${comment.id}`}>
                <p>{comment.body}</p>
                <p>{view.t('story.moderation.hiddenBecause', { reason: comment.hiddenReason ?? '' })}</p>
                <Form action={action(comment.id)}>
                  <input type="hidden" name="decision" value="restore" />
                  <Button variant="secondary">{view.t('story.moderation.restore')}</Button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
