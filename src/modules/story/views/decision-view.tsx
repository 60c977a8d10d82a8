import { useView } from '../../../platform/views/context.ts';
import type { Decision } from '../model.ts';

/** A decision with its body's name in the reader's language. */
export interface NamedDecision {
  decision: Decision;
  bodyName: string;
}

/**
 * A body's decision on a version as the story says it: "Approved by the city council on … (§ …)",
 * the decision's text, the vote if any, dissenting opinions and a link to the minutes.
 */
export function DecisionView(props: NamedDecision) {
  const view = useView();
  const { decision } = props;
  const votes = decision.votes;
  const voted = votes.for !== null || votes.against !== null || votes.abstain !== null;
  const dissent = view.text(decision.dissent);
  return (
    <div class="notice notice--success story-decision">
      <p>
        <strong>
          {view.t('story.decision.approved', {
            body: props.bodyName,
            date: view.formatDate(`${decision.meetingDate}T12:00:00Z`, { dateStyle: 'long' }),
            section: decision.sectionNumber,
          })}
        </strong>
      </p>
      {view.text(decision.text) && <p>{view.text(decision.text)}</p>}
      {voted && (
        <p>{view.t('story.decision.voteLine', { for: votes.for ?? 0, against: votes.against ?? 0, abstain: votes.abstain ?? 0 })}</p>
      )}
      {dissent && (
        <p>
          {view.t('story.decision.dissentLine')} {dissent}
        </p>
      )}
      {decision.minutesUrl && (
        <p>
          <a href={decision.minutesUrl} rel="noopener">
            {view.t('story.decision.minutes')}
          </a>
        </p>
      )}
    </div>
  );
}
