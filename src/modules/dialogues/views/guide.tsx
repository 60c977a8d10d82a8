import { localize } from '../../../platform/i18n/locales.ts';
import { useView } from '../../../platform/views/context.ts';
import type { Round } from '../model.ts';
import { linesOf } from '../schemas.ts';

/** A round's guide: dates, questions, ground rules, material and the facilitator's notes (each shown when written). */
export function Guide(props: { round: Round; headingLevel?: 'h2' | 'h3' }) {
  const view = useView();
  const { round } = props;
  const Heading = props.headingLevel ?? 'h2';
  const paragraphs = (text: string) => linesOf(text).map((line) => <p key={line}>{line}</p>);
  const part = (key: string, text: string) =>
    text.trim() === '' ? null : (
      <section key={key}>
        <Heading>{view.t(key)}</Heading>
        {paragraphs(text)}
      </section>
    );
  const questions = linesOf(localize(round.questions, view.locale));
  return (
    <>
      <p>{view.t('dialogues.guide.dates', { opens: view.formatDate(round.opensOn), due: view.formatDate(round.dueOn) })}</p>
      <section>
        <Heading>{view.t('dialogues.round.questions')}</Heading>
        <ol>
          {questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      </section>
      {part('dialogues.round.groundRules', localize(round.groundRules, view.locale))}
      {part('dialogues.round.material', localize(round.material, view.locale))}
      {part('dialogues.round.facilitatorNotes', localize(round.facilitatorNotes, view.locale))}
    </>
  );
}
