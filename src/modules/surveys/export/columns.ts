import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import { type Answer, OTHER_CHOICE, type Question, type SurveyDefinition } from '../model.ts';
import { parseNumber } from '../validate-answers.ts';
import type { ExportResponse } from './export-rows.ts';

/** A cell: text, a number, or empty (unanswered, or hidden by a condition). */
export type Cell = string | number | null;

/** One column of a tabular export: a stable header and how to read its cell. */
export interface Column {
  header: string;
  /** What the column holds, in the export's language (the codebook). */
  description: string;
  cell(response: ExportResponse, index: number): Cell;
}

/** Which export: every detail for managers and analysts, or the open-data variant without identities. */
export type ExportVariant = 'full' | 'open';

function choiceLabel(question: Question, choiceId: string, locale: Locale): string {
  return localize(question.choices.find((choice) => choice.id === choiceId)?.label, locale);
}

type ColumnOf = (header: string, description: string, cell: (answer: Answer) => Cell) => Column;

function choiceColumns(question: Question, locale: Locale, column: ColumnOf, otherColumn: Column): Column[] {
  const text = localize(question.text, locale);
  const joined = column(question.code, text, (value) =>
    (value.choiceIds ?? [])
      .filter((id) => id !== OTHER_CHOICE)
      .map((id) => choiceLabel(question, id, locale))
      .join('; '),
  );
  if (question.type === 'single_choice') {
    return [{ ...joined, cell: (response, index) => joined.cell(response, index) || null }, otherColumn];
  }
  const perChoice = question.choices.map((choice) =>
    column(`${question.code}_${choice.code}`, `${text}: ${localize(choice.label, locale)}`, (value) =>
      value.choiceIds?.includes(choice.id) ? 1 : 0,
    ),
  );
  return [joined, ...perChoice, otherColumn];
}

function questionColumns(question: Question, locale: Locale, otherLabel: string): Column[] {
  const text = localize(question.text, locale);
  const answer = (response: ExportResponse): Answer | undefined => response.answers[question.id];
  const column = (header: string, description: string, cell: (answer: Answer) => Cell): Column => ({
    header,
    description,
    cell: (response) => {
      const value = answer(response);
      return value ? cell(value) : null;
    },
  });
  const otherColumn = column(`${question.code}_other`, `${text}: ${otherLabel}`, (value) =>
    value.choiceIds?.includes(OTHER_CHOICE) ? (value.other ?? '') : null,
  );
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return choiceColumns(question, locale, column, otherColumn);
    case 'ranking':
      return question.choices.map((choice) =>
        column(`${question.code}_${choice.code}`, `${text}: ${localize(choice.label, locale)}`, (value) => {
          const position = value.ranking?.indexOf(choice.id) ?? -1;
          return position >= 0 ? position + 1 : null;
        }),
      );
    case 'scale':
    case 'number':
      return [column(question.code, text, (value) => parseNumber(value.number))];
    case 'date':
      return [column(question.code, text, (value) => value.date ?? null)];
    default:
      return [column(question.code, text, (value) => value.text ?? null)];
  }
}

/**
 * The columns of a tabular export: every question, removed ones too, always
 * present (a question a condition hid is an empty cell, never a missing
 * column); one column per choice of multiple choice and ranking questions,
 * the joined value and the "other" text. The open-data variant has no
 * response ids, accounts or times finer than the day.
 */
export function exportColumns(definition: SurveyDefinition, variant: ExportVariant, locale: Locale, t: (key: string) => string): Column[] {
  const identity = variant === 'full' && !definition.survey.anonymous;
  const meta: Column[] =
    variant === 'full'
      ? [
          { header: 'response_id', description: t('surveys.export.column.responseId'), cell: (response) => response.id },
          { header: 'submitted_at', description: t('surveys.export.column.submittedAt'), cell: (response) => response.submittedAt },
          { header: 'updated_at', description: t('surveys.export.column.updatedAt'), cell: (response) => response.updatedAt },
        ]
      : [
          { header: 'row', description: t('surveys.export.column.row'), cell: (_response, index) => index + 1 },
          {
            header: 'submitted_on',
            description: t('surveys.export.column.submittedOn'),
            cell: (response) => response.submittedAt.slice(0, 10),
          },
        ];
  const language: Column = { header: 'language', description: t('surveys.export.column.language'), cell: (response) => response.locale };
  const people: Column[] = identity
    ? [
        { header: 'user_id', description: t('surveys.export.column.userId'), cell: (response) => response.userId },
        { header: 'user_email', description: t('surveys.export.column.userEmail'), cell: (response) => response.email },
      ]
    : [];
  return [
    ...meta,
    language,
    ...people,
    ...definition.questions.flatMap((question) => questionColumns(question, locale, t('surveys.answer.other'))),
  ];
}
