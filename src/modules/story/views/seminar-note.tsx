import { useView } from '../../../platform/views/context.ts';
import type { SeminarOutcome } from '../../workshops/index.ts';
import { useOutcomeLabel } from './seminar-links-page.tsx';

/** Under a paragraph: the council or board seminars' agreed outcome items that shaped it. */
export function SeminarNote(props: { outcomes: SeminarOutcome[] }) {
  const view = useView();
  const label = useOutcomeLabel();
  if (props.outcomes.length === 0) return null;
  return (
    <div class="story-seminars">
      <p class="story-seminars__title">{view.t('story.seminars.shaped')}</p>
      <ul>
        {props.outcomes.map((outcome) => (
          <li key={outcome.id}>{label(outcome)}</li>
        ))}
      </ul>
    </div>
  );
}
