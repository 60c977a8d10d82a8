import type { Db } from '../../../platform/db/database.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import { recordContributions, type TimedContributionInput } from '../../contributions/index.ts';
import { type Answers, isTextType, OTHER_CHOICE, type Question, type SurveyDefinition } from '../model.ts';
import type { Respondent } from '../queries/find-own-response.ts';

/** A background answer as the insights module reads it from a contribution's metadata. */
export interface BackgroundValue {
  kind: string;
  questionCode: string;
  /** The chosen choice codes, or the typed value. */
  value: string | number | string[];
  /** The Finnish label(s) of the choice(s), for people reading the metadata. */
  label: string;
}

/** The respondent's background answers, to travel with each of their free texts. */
export function backgroundValues(definition: SurveyDefinition, answers: Answers): BackgroundValue[] {
  return definition.questions.flatMap((question): BackgroundValue[] => {
    const answer = answers[question.id];
    if (!question.background || !answer) return [];
    const chosen = question.choices.filter((choice) => answer.choiceIds?.includes(choice.id));
    if (chosen.length > 0) {
      return [
        {
          kind: question.background,
          questionCode: question.code,
          value: chosen.map((choice) => choice.code),
          label: chosen.map((choice) => localize(choice.label, 'fi')).join('; '),
        },
      ];
    }
    const value = answer.text ?? answer.number ?? answer.date ?? answer.other;
    return value === undefined || value === ''
      ? []
      : [{ kind: question.background, questionCode: question.code, value, label: String(value) }];
  });
}

/** The free text of an answer: a text answer, or the "other, what?" of a choice question. */
function freeTextOf(question: Question, answers: Answers): string | null {
  const answer = answers[question.id];
  if (isTextType(question.type) && !question.background) return answer?.text ?? '';
  if ((question.type === 'single_choice' || question.type === 'multiple_choice') && question.settings.allowOther) {
    return answer?.choiceIds?.includes(OTHER_CHOICE) ? (answer.other ?? '') : '';
  }
  return null;
}

/** The input of one response's recording: which response, whose, its answers and language. */
export interface ResponseContributions {
  responseId: string;
  respondent: Respondent;
  answers: Answers;
  locale: string;
  edited: boolean;
  /** When the response was given, if not now (the demo). */
  at?: Date;
}

/**
 * The contributions of one response's free-text answers (channel 'survey').
 * On an edit every free-text question is included, so an answer that was
 * emptied stops being a contribution.
 */
export function answerContributions(definition: SurveyDefinition, input: ResponseContributions): TimedContributionInput[] {
  const { survey } = definition;
  const background = backgroundValues(definition, input.answers);
  return definition.questions.flatMap((question): TimedContributionInput[] => {
    const text = freeTextOf(question, input.answers);
    if (text === null || (text === '' && !input.edited)) return [];
    return [
      {
        organisationId: survey.organisationId,
        processId: survey.processId,
        channel: 'survey',
        sourceType: 'survey_answer',
        sourceId: `${input.responseId}:${question.id}`,
        authorUserId: survey.anonymous ? null : input.respondent.userId,
        participantKey: input.responseId,
        language: input.locale,
        text,
        metadata: { surveyId: survey.id, questionId: question.id, questionCode: question.code, background },
        ...(input.at ? { at: input.at } : {}),
      },
    ];
  });
}

/**
 * Records every free-text answer of the responses as contributions in one
 * multi-row statement per batch, in the caller's (the submission's) transaction.
 */
export async function recordAnswerContributions(
  db: Db,
  definition: SurveyDefinition,
  input: ResponseContributions | readonly ResponseContributions[],
  now: Date,
): Promise<void> {
  const responses = Array.isArray(input) ? input : [input as ResponseContributions];
  await recordContributions(
    db,
    responses.flatMap((response) => answerContributions(definition, response)),
    now,
  );
}
