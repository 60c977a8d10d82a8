import { BackToProcess } from '../../../platform/hub/back-to-process.tsx';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { hasChoices, type Question, type SurveyDefinition } from '../model.ts';
import type { TextAnswer } from '../queries/list-text-answers.ts';
import type { ResultFilter, SurveyResults } from '../queries/survey-results.ts';
import { BarChart, CountTable } from './bar-chart.tsx';
import { CrossTab } from './cross-tab.tsx';
import { QuestionResult } from './question-result.tsx';

/** What the results page shows. */
export interface ResultsPageProps {
  definition: SurveyDefinition;
  results: SurveyResults;
  texts: Record<string, { items: TextAnswer[]; total: number }>;
  filter: ResultFilter | null;
  crossBy: string | null;
  basePath: string;
  exportLinks: Array<{ href: string; labelKey: string }>;
  /** The survey's process, linked back to. */
  process?: { slug: string; title: LocalizedText };
}

/** The questions results can be filtered and cross-tabulated by: background choice questions. */
export function breakdownQuestions(definition: SurveyDefinition): Question[] {
  return definition.questions.filter((question) => question.background && hasChoices(question.type) && question.type !== 'ranking');
}

function FilterForm(props: ResultsPageProps) {
  const view = useView();
  const questions = breakdownQuestions(props.definition);
  if (questions.length === 0) return null;
  const selected = props.filter ? `${props.filter.questionId}:${props.filter.choiceId}` : '';
  return (
    <form method="get" action={`${props.basePath}/results`} class="timeline__filter">
      <div class="field">
        <label for="field-filter" class="field__label">
          {view.t('surveys.results.filter')}
        </label>
        <select id="field-filter" name="filter" class="input">
          <option value="">{view.t('surveys.results.everyone')}</option>
          {questions.map((question) => (
            <optgroup key={question.id} label={view.text(question.text)}>
              {question.choices.map((choice) => (
                <option key={choice.id} value={`${question.id}:${choice.id}`} selected={selected === `${question.id}:${choice.id}`}>
                  {view.text(choice.label)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="field-by" class="field__label">
          {view.t('surveys.results.crossBy')}
        </label>
        <select id="field-by" name="by" class="input">
          <option value="">{view.t('surveys.results.noCrossTab')}</option>
          {questions.map((question) => (
            <option key={question.id} value={question.id} selected={props.crossBy === question.id}>
              {view.text(question.text)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button--secondary">
        {view.t('surveys.results.apply')}
      </button>
    </form>
  );
}

function OverTime(props: { results: SurveyResults }) {
  const view = useView();
  const bars = props.results.overTime.map((entry) => ({
    label: view.formatDate(entry.day, { dateStyle: 'medium', timeZone: 'UTC' }),
    count: entry.count,
  }));
  const title = view.t('surveys.results.overTime');
  return (
    <section>
      <h2>{title}</h2>
      {bars.length > 0 && <BarChart id="chart-over-time" title={title} bars={bars} total={props.results.total} />}
      <CountTable caption={title} bars={bars} total={props.results.total} labelHeading={view.t('surveys.results.day')} />
    </section>
  );
}

/** A survey's results: filter and cross-tab form, counts over time, and each question's results by section. */
export function ResultsPage(props: ResultsPageProps) {
  const view = useView();
  const { definition, results } = props;
  const title = view.t('surveys.results.title', { survey: view.text(definition.survey.title) });
  const by = definition.questions.find((question) => question.id === props.crossBy);
  return (
    <Layout title={title} wide>
      {props.process && <BackToProcess process={props.process} />}
      <h1>{title}</h1>
      <p class="lead">{view.t('surveys.results.total', { count: results.total })}</p>
      <FilterForm {...props} />
      {props.exportLinks.length > 0 && (
        <ul class="actions">
          {props.exportLinks.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{view.t(link.labelKey)}</a>
            </li>
          ))}
        </ul>
      )}
      <OverTime results={results} />
      {definition.sections.map((section) => (
        <section key={section.id}>
          <h2>{view.text(section.title)}</h2>
          {definition.questions
            .filter((question) => question.sectionId === section.id && (!question.removed || results.answered[question.id]))
            .map((question) => (
              <div key={question.id}>
                <QuestionResult
                  definition={definition}
                  question={question}
                  results={results}
                  texts={props.texts[question.id]}
                  textsHref={`${props.basePath}/results/questions/${question.id}${props.filter ? `?filter=${props.filter.questionId}:${props.filter.choiceId}` : ''}`}
                />
                {by &&
                  results.crossTab &&
                  question.id !== by.id &&
                  (question.type === 'single_choice' || question.type === 'multiple_choice') && (
                    <CrossTab question={question} by={by} crossTab={results.crossTab} />
                  )}
              </div>
            ))}
        </section>
      ))}
    </Layout>
  );
}
