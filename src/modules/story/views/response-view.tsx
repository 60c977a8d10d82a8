import { useView } from '../../../platform/views/context.ts';
import type { StoryResponse } from '../queries/list-responses.ts';
import { blockAnchor } from './story-block.tsx';

/** The message key of each outcome's name (the pages, the mail and the export say it the same). */
export const OUTCOME_KEYS = {
  taken: 'story.response.outcome.taken',
  partly: 'story.response.outcome.partly',
  not_taken: 'story.response.outcome.notTaken',
  out_of_scope: 'story.response.outcome.outOfScope',
} as const;

/** What an outcome is called in the page's language. */
export function useOutcomeLabel() {
  const view = useView();
  return (outcome: StoryResponse['outcome']) => view.t(OUTCOME_KEYS[outcome]);
}

/** The editors' official response under a comment: its outcome, its reasons and the paragraph it changed. */
export function ResponseView(props: { response: StoryResponse; slug: string }) {
  const view = useView();
  const label = useOutcomeLabel();
  const { response } = props;
  return (
    <div class="story-comment__response">
      <p>
        <strong>{view.t('story.response.official', { outcome: label(response.outcome) })}</strong>
        {response.publishedAt === null && <> {view.t('story.response.unpublished')}</>}
      </p>
      <p>{view.text(response.text)}</p>
      {response.changedBlockKey && (
        <p>
          <a href={view.href(`/processes/${props.slug}/story#${blockAnchor({ key: response.changedBlockKey })}`)}>
            {view.t('story.response.changedParagraph')}
          </a>
        </p>
      )}
    </div>
  );
}
