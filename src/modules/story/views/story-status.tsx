import { useView } from '../../../platform/views/context.ts';
import type { CommentState, Version } from '../model.ts';
import { DecisionView, type NamedDecision } from './decision-view.tsx';

/** Where the version stands: approved by a body on …, open for comments until …, coming, closed; with the invitation to comment while open. */
export function StoryStatus(props: {
  version: Version;
  state: CommentState;
  comments: number;
  answered: number;
  register: string | null;
  /** The decision that approved this version, when it is decided. */
  decision?: NamedDecision | undefined;
}) {
  const view = useView();
  const period = props.version.comments;
  const date = (value: string | null | undefined) => (value ? view.formatDate(value, { dateStyle: 'long', timeStyle: 'short' }) : '');
  return (
    <div class="story-status">
      {props.decision && <DecisionView {...props.decision} />}
      {props.state === 'open' && (
        <div class="notice notice--info">
          <p>
            <strong>
              {period?.closesAt ? view.t('story.status.openUntil', { date: date(period.closesAt) }) : view.t('story.status.open')}
            </strong>
          </p>
          <p>{view.t('story.status.invitation')}</p>
        </div>
      )}
      {props.state === 'upcoming' && <p>{view.t('story.status.upcoming', { date: date(period?.opensAt) })}</p>}
      {props.state === 'closed' && props.version.status === 'draft' && (
        <p>{period?.closesAt ? view.t('story.status.closedOn', { date: date(period.closesAt) }) : view.t('story.status.closed')}</p>
      )}
      {props.comments > 0 && (
        <p>
          {view.t('story.status.comments', { count: props.comments })}{' '}
          {view.t('story.status.answered', { answered: props.answered, count: props.comments })}
        </p>
      )}
      {props.register && (
        <p>
          <a href={view.href(props.register)}>{view.t('story.status.register')}</a>
        </p>
      )}
    </div>
  );
}
