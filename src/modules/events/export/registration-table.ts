import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { Question } from '../queries/list-questions.ts';
import type { RegistrationItem } from '../queries/list-registrations.ts';
import type { AttributeChoices } from '../views/admin-registrations-page.tsx';
import { REGISTRATION_STATUS_LABELS } from '../views/labels.ts';

/** The registrations as a table: a header row and one row of text or numbers per registration. */
export interface RegistrationTable {
  header: string[];
  rows: Array<Array<string | number>>;
}

/** What the table is made of: the page's columns, then one column per extra question. */
export interface RegistrationTableInput {
  items: RegistrationItem[];
  choices: AttributeChoices | null;
  questions: Question[];
  answers: Map<string, Map<string, string>>;
  locale: Locale;
  t: (key: string) => string;
}

/** The organiser's list as a table, in the organiser's language, with the answers to the extra questions. */
export function registrationTable(input: RegistrationTableInput): RegistrationTable {
  const { t, choices } = input;
  const labelOf = (value: string | null) => choices?.options.find((option) => option.value === value)?.label ?? '';
  const header = [
    t('events.organiser.number'),
    t('events.register.name'),
    t('events.register.email'),
    ...(choices ? [choices.label] : []),
    t('events.organiser.status'),
    ...input.questions.map((question) => localize(question.label, input.locale)),
  ];
  const rows = input.items.map((item) => {
    const status = t(REGISTRATION_STATUS_LABELS[item.status]);
    const openSeat = item.status === 'confirmed' && item.pool === 'open' && choices ? ` (${t('events.organiser.openSeat')})` : '';
    const answers = input.answers.get(item.id);
    return [
      item.seq,
      item.name,
      item.email,
      ...(choices ? [labelOf(item.attributeValue)] : []),
      `${status}${openSeat}`,
      ...input.questions.map((question) => answers?.get(question.id) ?? ''),
    ];
  });
  return { header, rows };
}

/** Characters that make a spreadsheet program read a CSV cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell that no spreadsheet program runs as a formula: text starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe,
 * which the programs show as text. (A registrant writes their own name and answers.)
 */
export function spreadsheetSafe(cell: string | number): string | number {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** CSV in UTF-8 with a byte order mark, so spreadsheet programs read Finnish and Swedish letters. */
export function registrationCsv(table: RegistrationTable): string {
  return stringify(
    [table.header, ...table.rows].map((row) => row.map(spreadsheetSafe)),
    { bom: true },
  );
}

/**
 * XLSX with every text as a typed text cell: exceljs writes a formula only for
 * a `{ formula }` value, so `=…` stays text in any spreadsheet program and is
 * kept exactly as written.
 */
export async function registrationXlsx(table: RegistrationTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[[\]:*?/\\]/g, ' ') || 'registrations');
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
