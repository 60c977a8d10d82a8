import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Db } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { OTHER_CHOICE, type Question, type SurveyDefinition } from '../model.ts';
import { parseNumber } from '../validate-answers.ts';
import { type Column, type ExportVariant, exportColumns } from './columns.ts';
import { type ExportResponse, iterateResponses } from './export-rows.ts';

/** What every export needs. */
export interface ExportInput {
  db: Db;
  definition: SurveyDefinition;
  variant: ExportVariant;
  locale: Locale;
  t: (key: string) => string;
}

/** Accounts appear only in the full export of a survey that was not anonymous. */
function withIdentity(input: ExportInput): boolean {
  return input.variant === 'full' && !input.definition.survey.anonymous;
}

async function* rowsOf(input: ExportInput, columns: Column[]): AsyncGenerator<Array<string | number | null>> {
  let index = 0;
  for await (const response of iterateResponses(input.db, input.definition, withIdentity(input))) {
    yield columns.map((column) => column.cell(response, index));
    index += 1;
  }
}

/** CSV (UTF-8 with a BOM, so spreadsheet programs read Finnish letters), streamed. */
export function csvExport(input: ExportInput): Readable {
  const columns = exportColumns(input.definition, input.variant, input.locale, input.t);
  async function* lines() {
    yield columns.map((column) => column.header);
    yield* rowsOf(input, columns);
  }
  return Readable.from(lines()).pipe(stringify({ bom: true }));
}

/** XLSX written by exceljs's streaming writer: the responses, and a codebook of every column. */
export function xlsxExport(input: ExportInput): Readable {
  const columns = exportColumns(input.definition, input.variant, input.locale, input.t);
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: false });
  const write = async () => {
    const sheet = workbook.addWorksheet('responses');
    sheet.addRow(columns.map((column) => column.header)).commit();
    for await (const row of rowsOf(input, columns)) sheet.addRow(row.map((cell) => cell ?? undefined)).commit();
    sheet.commit();
    const codebook = workbook.addWorksheet('codebook');
    for (const column of columns) codebook.addRow([column.header, column.description]).commit();
    codebook.commit();
    await workbook.commit();
  };
  write().catch((error: Error) => output.destroy(error));
  return output;
}

function jsonAnswer(question: Question, answer: ExportResponse['answers'][string]) {
  const codeOf = (choiceId: string) => question.choices.find((choice) => choice.id === choiceId)?.code ?? choiceId;
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return {
        choices: (answer.choiceIds ?? []).filter((id) => id !== OTHER_CHOICE).map(codeOf),
        other: answer.choiceIds?.includes(OTHER_CHOICE) ? (answer.other ?? '') : null,
      };
    case 'ranking':
      return { ranking: (answer.ranking ?? []).map(codeOf) };
    case 'scale':
    case 'number':
      return { number: parseNumber(answer.number) };
    case 'date':
      return { date: answer.date ?? null };
    default:
      return { text: answer.text ?? null };
  }
}

/** JSON: the survey's questions and choices by code, then each response's answers by question code; streamed. */
export function jsonExport(input: ExportInput, survey: unknown): Readable {
  const { definition, variant } = input;
  async function* chunks() {
    yield `{"survey":${JSON.stringify(survey)},"variant":${JSON.stringify(variant)},"responses":[`;
    let index = 0;
    for await (const response of iterateResponses(input.db, definition, withIdentity(input))) {
      const answers = Object.fromEntries(
        definition.questions.flatMap((question) => {
          const answer = response.answers[question.id];
          return answer ? [[question.code, jsonAnswer(question, answer)]] : [];
        }),
      );
      const identity =
        variant === 'full'
          ? {
              id: response.id,
              submittedAt: response.submittedAt,
              updatedAt: response.updatedAt,
              ...(withIdentity(input) ? { userId: response.userId, email: response.email } : {}),
            }
          : { row: index + 1, submittedOn: response.submittedAt.slice(0, 10) };
      yield `${index > 0 ? ',' : ''}${JSON.stringify({ ...identity, language: response.locale, answers })}`;
      index += 1;
    }
    yield ']}';
  }
  return Readable.from(chunks());
}
