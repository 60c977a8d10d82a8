import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Question, SurveyDefinition } from '../model.ts';
import type { TextAnswer } from '../queries/list-text-answers.ts';
import { OTHER_KEY, type SurveyResults } from '../queries/survey-results.ts';
import { type Bar, BarChart, CountTable } from './bar-chart.tsx';

/** What one question's result block needs. */
export interface QuestionResultProps {
  definition: SurveyDefinition;
  question: Question;
  results: SurveyResults;
  texts: { items: TextAnswer[]; total: number } | undefined;
  textsHref: string;
}

function choiceBars(view: ReturnType<typeof useView>, question: Question, counts: Record<string, number>): Bar[] {
  const bars = question.choices
    .filter((choice) => !choice.removed || counts[choice.id])
    .map((choice) => ({ label: view.text(choice.label), count: counts[choice.id] ?? 0 }));
  if (question.settings.allowOther || counts[OTHER_KEY])
    bars.push({ label: view.t('surveys.answer.other'), count: counts[OTHER_KEY] ?? 0 });
  return bars;
}

function ChoiceResult(props: QuestionResultProps & { bars: Bar[]; base: number }) {
  const view = useView();
  const title = view.t('surveys.results.chartTitle', { question: view.text(props.question.text), count: props.base });
  return (
    <div class="stack">
      <BarChart id={`chart-${props.question.code}`} title={title} bars={props.bars} total={props.base} />
      <CountTable caption={title} bars={props.bars} total={props.base} labelHeading={view.t('surveys.results.choice')} />
    </div>
  );
}

function RankingResult(props: QuestionResultProps) {
  const view = useView();
  const ranks = props.results.ranks[props.question.id] ?? {};
  const rows = props.question.choices
    .filter((choice) => ranks[choice.id])
    .map((choice) => ({ label: view.text(choice.label), ...(ranks[choice.id] as { meanRank: number; firsts: number }) }))
    .sort((a, b) => a.meanRank - b.meanRank);
  return (
    <TableScroll label={view.text(props.question.text)}>
      <table class="data-table">
        <caption class="visually-hidden">{view.text(props.question.text)}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('surveys.results.choice')}</th>
            <th scope="col" class="text-right">
              {view.t('surveys.results.meanRank')}
            </th>
            <th scope="col" class="text-right">
              {view.t('surveys.results.firsts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td class="text-right">{row.meanRank.toFixed(1)}</td>
              <td class="text-right">{row.firsts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function NumberResult(props: QuestionResultProps) {
  const view = useView();
  const values = props.results.valueCounts[props.question.id] ?? [];
  const count = values.reduce((sum, entry) => sum + entry.count, 0);
  const mean = count ? values.reduce((sum, entry) => sum + entry.value * entry.count, 0) / count : 0;
  const summary = count
    ? view.t('surveys.results.numberSummary', { mean: mean.toFixed(1), min: values[0]?.value ?? 0, max: values.at(-1)?.value ?? 0 })
    : view.t('surveys.results.noAnswers');
  if (props.question.type !== 'scale') return <p>{summary}</p>;
  const bars = values.map((entry) => ({ label: String(entry.value), count: entry.count }));
  return (
    <>
      <p>{summary}</p>
      <ChoiceResult {...props} bars={bars} base={count} />
    </>
  );
}

function TextResult(props: QuestionResultProps) {
  const view = useView();
  const texts = props.texts;
  if (!texts || texts.total === 0) return <p>{view.t('surveys.results.noAnswers')}</p>;
  return (
    <>
      <ul class="stack">
        {texts.items.map((item) => (
          <li key={`${item.responseId}`}>
            <blockquote>{item.text}</blockquote>
          </li>
        ))}
      </ul>
      {texts.total > texts.items.length && (
        <p>
          <a href={props.textsHref}>{view.t('surveys.results.allTexts', { count: texts.total })}</a>
        </p>
      )}
    </>
  );
}

/** One question's results: a chart with its table, a ranking table, figures, or the free texts. */
export function QuestionResult(props: QuestionResultProps) {
  const view = useView();
  const { question, results } = props;
  const answered = results.answered[question.id] ?? 0;
  return (
    <section class="survey-result">
      <h3>
        {question.code.toUpperCase()}. {view.text(question.text)}
      </h3>
      <p class="meta">{view.t('surveys.results.answeredCount', { count: answered, total: results.total })}</p>
      {(question.type === 'single_choice' || question.type === 'multiple_choice') && (
        <ChoiceResult {...props} bars={choiceBars(view, question, results.choiceCounts[question.id] ?? {})} base={answered} />
      )}
      {question.type === 'ranking' && <RankingResult {...props} />}
      {(question.type === 'scale' || question.type === 'number') && <NumberResult {...props} />}
      {question.type === 'date' && results.dates[question.id] && (
        <p>
          {view.t('surveys.results.dateRange', {
            first: results.dates[question.id]?.first ?? '',
            last: results.dates[question.id]?.last ?? '',
          })}
        </p>
      )}
      {(question.type === 'short_text' || question.type === 'long_text' || question.settings.allowOther) && <TextResult {...props} />}
    </section>
  );
}
