import { newId } from '../../platform/db/ids.ts';
import { type Answers, OTHER_CHOICE, type Question, type SurveyDefinition } from './model.ts';
import type { SurveyAnswersTable } from './tables.ts';
import { parseNumber, rankingOf } from './validate-answers.ts';

type Row = SurveyAnswersTable;

type Base = Pick<Row, 'organisation_id' | 'survey_id' | 'response_id'>;

function rowsOfQuestion(question: Question, answer: Answers[string], base: Base): Row[] {
  const row = (values: Partial<Row>): Row => ({
    id: newId(),
    ...base,
    question_id: question.id,
    choice_id: null,
    text_value: null,
    number_value: null,
    rank_value: null,
    ...values,
  });
  switch (question.type) {
    case 'short_text':
    case 'long_text':
      return answer.text ? [row({ text_value: answer.text })] : [];
    case 'date':
      return answer.date ? [row({ text_value: answer.date })] : [];
    case 'scale':
    case 'number': {
      const number = parseNumber(answer.number);
      return number === null ? [] : [row({ number_value: number })];
    }
    case 'single_choice':
    case 'multiple_choice':
      return (answer.choiceIds ?? []).map((choiceId) =>
        choiceId === OTHER_CHOICE ? row({ text_value: answer.other ?? '' }) : row({ choice_id: choiceId }),
      );
    case 'ranking':
      return (rankingOf(answer) ?? []).map((choiceId, index) => row({ choice_id: choiceId, rank_value: index + 1 }));
  }
}

/** The answer rows of a response: one per text, number, chosen choice (the "other" text has no choice) and ranked choice. */
export function toAnswerRows(definition: SurveyDefinition, responseId: string, answers: Answers): Row[] {
  const base = { organisation_id: definition.survey.organisationId, survey_id: definition.survey.id, response_id: responseId };
  return definition.questions.flatMap((question) => {
    const answer = answers[question.id];
    return answer ? rowsOfQuestion(question, answer, base) : [];
  });
}

/** Rebuilds a response's answers from its rows (the reverse of toAnswerRows). */
export function fromAnswerRows(definition: SurveyDefinition, rows: Array<Omit<Row, 'id' | 'organisation_id' | 'survey_id'>>): Answers {
  const types = new Map(definition.questions.map((question) => [question.id, question.type]));
  const answers: Answers = {};
  const ranked: Record<string, Array<[number, string]>> = {};
  for (const row of rows) {
    const type = types.get(row.question_id);
    if (!type) continue;
    const answer = answers[row.question_id] ?? {};
    answers[row.question_id] = answer;
    if (type === 'short_text' || type === 'long_text') answer.text = row.text_value ?? '';
    else if (type === 'date') answer.date = row.text_value ?? '';
    else if (type === 'scale' || type === 'number') answer.number = row.number_value ?? undefined;
    else if (type === 'ranking' && row.choice_id)
      ranked[row.question_id] = [...(ranked[row.question_id] ?? []), [row.rank_value ?? 0, row.choice_id]];
    else if (row.choice_id) answer.choiceIds = [...(answer.choiceIds ?? []), row.choice_id];
    else {
      answer.choiceIds = [...(answer.choiceIds ?? []), OTHER_CHOICE];
      answer.other = row.text_value ?? '';
    }
  }
  // Chosen choices in the question's order: the rows carry no pick order, and what is read back must not depend on the engine's row order.
  for (const question of definition.questions) {
    const answer = answers[question.id];
    if (!answer?.choiceIds || answer.choiceIds.length < 2) continue;
    const position = new Map(question.choices.map((choice, index) => [choice.id, index]));
    answer.choiceIds.sort((a, b) => (position.get(a) ?? question.choices.length) - (position.get(b) ?? question.choices.length));
  }
  for (const [questionId, entries] of Object.entries(ranked)) {
    const answer = answers[questionId] as Answers[string];
    answer.ranking = entries.sort((a, b) => a[0] - b[0]).map(([, choiceId]) => choiceId);
  }
  return answers;
}
