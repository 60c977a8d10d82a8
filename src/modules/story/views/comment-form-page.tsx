import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextArea } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Block } from '../model.ts';
import { COMMENT_LIMITS } from '../schemas.ts';
import { blockAnchor, StoryBlock } from './story-block.tsx';

/** Why the actor cannot comment now, or null when they may. */
export type CommentBlock = 'notOpen' | 'signIn' | 'notInAudience' | null;

/** The comment form for one paragraph: the paragraph itself, the optional passage and the comment. */
export function CommentFormPage(props: {
  process: Process;
  block: Block;
  values: { passage: string; body: string; notify: boolean };
  blocked: CommentBlock;
  /** A signed-in commenter may ask for an e-mail when the comment is answered (an account has the address). */
  signedIn: boolean;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const title = view.t('story.comment.title');
  const story = `/processes/${props.process.slug}/story`;
  const labels = {
    passage: view.t('story.comment.passage'),
    body: view.t('story.comment.body'),
    blockKey: view.t('story.block.paragraph'),
  };
  return (
    <Layout title={title}>
      <link rel="stylesheet" href="/assets/story/story.css" />
      <p>
        <a href={view.href(`${story}#${blockAnchor(props.block)}`)}>{view.t('story.page.backToStory')}</a>
      </p>
      <h1>{title}</h1>
      <h2>{view.t('story.comment.paragraph')}</h2>
      <blockquote class="story-comment__quote">
        <StoryBlock block={props.block} />
      </blockquote>
      {props.blocked ? (
        <p class="notice notice--info">
          {props.blocked === 'signIn' ? (
            <a href={view.href(`/sign-in?next=${encodeURIComponent(view.url)}`)}>{view.t('story.comment.signIn')}</a>
          ) : (
            view.t(props.blocked === 'notOpen' ? 'story.comment.notOpen' : 'story.comment.notInAudience')
          )}
        </p>
      ) : (
        <>
          <ErrorSummary errors={props.errors} labels={labels} />
          <Form action={view.href(`${story}/comments`)}>
            <input type="hidden" name="blockKey" value={props.block.key} />
            <TextArea
              name="passage"
              label={labels.passage}
              hint={view.t('story.comment.passageHint')}
              value={props.values.passage}
              rows={2}
              maxLength={COMMENT_LIMITS.passageMax}
              required={false}
              errors={props.errors}
            />
            <TextArea
              name="body"
              label={labels.body}
              hint={view.t('story.comment.bodyHint')}
              value={props.values.body}
              rows={6}
              maxLength={COMMENT_LIMITS.bodyMax}
              errors={props.errors}
            />
            {props.signedIn && (
              <div class="choice">
                <input type="checkbox" id="field-notify" name="notify" value="yes" checked={props.values.notify} />
                <label for="field-notify">{view.t('story.comment.notify')}</label>
              </div>
            )}
            <div class="form-actions">
              <Button>{view.t('story.comment.submit')}</Button>
            </div>
          </Form>
        </>
      )}
    </Layout>
  );
}
