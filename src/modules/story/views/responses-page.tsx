import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, CheckboxGroup, ErrorSummary, Form, LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Block, Version } from '../model.ts';
import type { HiddenComment, StoryComment } from '../queries/list-comments.ts';
import type { StoryResponse } from '../queries/list-responses.ts';
import { COMMENT_LIMITS } from '../schemas.ts';
import { RESPONSE_OUTCOMES } from '../tables.ts';
import { type ModerationFormState, ModerationSection } from './moderation-section.tsx';
import { ResponseView, useOutcomeLabel } from './response-view.tsx';
import { blockText } from './story-block.tsx';

/** The response form's values as typed. */
export interface ResponseValues {
  commentIds: string[];
  outcome: string;
  text: Partial<LocalizedText>;
  changedBlockKey: string;
  publish: boolean;
}

/** The comments that have a response, each with it. */
function AnsweredComments(props: {
  comments: StoryComment[];
  responses: Map<string, StoryResponse>;
  paragraph: (key: string) => string;
  slug: string;
  responds: boolean;
}) {
  const view = useView();
  const answered = props.comments.filter((comment) => comment.responseId !== null);
  if (answered.length === 0) return null;
  return (
    <section aria-labelledby="story-answered">
      <h2 id="story-answered">{view.t('story.responses.answered')}</h2>
      <ul>
        {answered.map((comment) => {
          const response = props.responses.get(comment.responseId ?? '');
          return (
            <li key={comment.id} class="story-comment">
              <p class="story-comment__passage">{props.paragraph(comment.blockKey)}</p>
              <p>{comment.body}</p>
              {response && <ResponseView response={response} slug={props.slug} />}
              {response && response.publishedAt === null && props.responds && (
                <Form action={view.href(`/processes/${props.slug}/story/responses/${response.id}/publish`)}>
                  <button type="submit" class="button button--secondary">
                    {view.t('story.response.publish')}
                  </button>
                </Form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The form that answers the chosen unanswered comments with one official response. */
function RespondForm(props: {
  slug: string;
  open: StoryComment[];
  latestBlocks: Block[];
  paragraph: (key: string) => string;
  labels: Record<'commentIds' | 'outcome' | 'text' | 'changedBlockKey', string>;
  values: ResponseValues;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const label = useOutcomeLabel();
  const paragraph = props.paragraph;
  return (
    <section aria-labelledby="story-respond">
      <h2 id="story-respond">{view.t('story.responses.respond')}</h2>
      <Form action={view.href(`/processes/${props.slug}/story/responses`)}>
        <CheckboxGroup
          name="commentIds"
          legend={props.labels.commentIds}
          hint={view.t('story.responses.chooseHint')}
          values={props.values.commentIds}
          options={props.open.map((comment) => ({
            value: comment.id,
            label: `${paragraph(comment.blockKey)} — ${comment.passage ? `“${comment.passage}”: ` : ''}${comment.body}`,
          }))}
          errors={props.errors}
        />
        <SelectField
          name="outcome"
          label={props.labels.outcome}
          value={props.values.outcome}
          options={RESPONSE_OUTCOMES.map((outcome) => ({ value: outcome, label: label(outcome) }))}
          errors={props.errors}
        />
        <LocalizedTextFields
          name="text"
          label={props.labels.text}
          hint={view.t('story.responses.textHint')}
          value={props.values.text}
          multiline
          rows={4}
          maxLength={COMMENT_LIMITS.bodyMax}
          errors={props.errors}
        />
        <SelectField
          name="changedBlockKey"
          label={props.labels.changedBlockKey}
          hint={view.t('story.responses.changedHint')}
          value={props.values.changedBlockKey}
          emptyLabel={view.t('story.responses.noParagraph')}
          options={props.latestBlocks
            .filter((block) => block.kind === 'paragraph')
            .map((block) => ({ value: block.key, label: blockText(block, view.locale).text.slice(0, 80) }))}
          required={false}
          errors={props.errors}
        />
        <div class="choice">
          <input type="checkbox" id="field-publish" name="publish" value="yes" checked={props.values.publish} />
          <label for="field-publish">{view.t('story.responses.publish')}</label>
        </div>
        <div class="form-actions">
          <Button>{view.t('story.responses.submit')}</Button>
        </div>
      </Form>
    </section>
  );
}

/**
 * The editors' response register of a version: every comment with its response, how many are answered,
 * and the form that answers the chosen unanswered comments with one official response.
 */
export function ResponsesPage(props: {
  process: Process;
  version: Version;
  blocks: Block[];
  latestBlocks: Block[];
  comments: StoryComment[];
  hidden: HiddenComment[];
  responses: Map<string, StoryResponse>;
  /** Whether the actor answers comments (the form) and moderates them (hide, restore). */
  responds: boolean;
  moderates: boolean;
  moderation?: ModerationFormState | undefined;
  values: ResponseValues;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const title = view.t('story.responses.title', { number: props.version.number });
  const answered = props.comments.filter((comment) => comment.responseId !== null).length;
  const paragraph = (key: string) => {
    const block = props.blocks.find((item) => item.key === key);
    return block ? blockText(block, view.locale).text.slice(0, 120) : '';
  };
  const open = props.comments.filter((comment) => comment.responseId === null);
  const labels = {
    commentIds: view.t('story.responses.choose'),
    outcome: view.t('story.responses.outcome'),
    text: view.t('story.responses.text'),
    changedBlockKey: view.t('story.responses.changed'),
  };
  return (
    <Layout title={title}>
      <link rel="stylesheet" href="/assets/story/story.css" />
      <p>
        <a href={view.href(`/processes/${props.process.slug}/story`)}>{view.t('story.page.backToStory')}</a>
      </p>
      <h1>{title}</h1>
      <p class="story-responses__count">{view.t('story.responses.count', { answered, count: props.comments.length })}</p>
      <p>
        <a href={view.href(`/processes/${props.process.slug}/story/responses.xlsx`)} download>
          {view.t('story.export.register')}
        </a>
      </p>
      <ErrorSummary errors={props.errors} labels={labels} />
      <AnsweredComments
        comments={props.comments}
        responses={props.responses}
        paragraph={paragraph}
        slug={props.process.slug}
        responds={props.responds}
      />
      {props.responds && open.length > 0 && (
        <RespondForm
          slug={props.process.slug}
          open={open}
          latestBlocks={props.latestBlocks}
          paragraph={paragraph}
          labels={labels}
          values={props.values}
          errors={props.errors}
        />
      )}
      {props.moderates && (
        <ModerationSection
          slug={props.process.slug}
          comments={props.comments}
          hidden={props.hidden}
          paragraph={paragraph}
          state={props.moderation}
        />
      )}
    </Layout>
  );
}
