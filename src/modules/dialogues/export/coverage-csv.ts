import ExcelJS from 'exceljs';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { Translator } from '../../../platform/i18n/translator.ts';
import type { Coverage } from '../queries/round-coverage.ts';
import { STATUS_KEYS } from '../views/labels.ts';

/** A cell as a spreadsheet reads it safely: quoted, and a leading = + - @ (or tab, CR) neutralised with ' so it is never a formula. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The coverage of a round as a table: a header, then one line per work community with its unit,
 * status, date, participants, headcount, commitments and lateness (the CSV's and the XLSX's).
 */
export function coverageTable(coverage: Coverage, translator: Translator, locale: Locale): Array<Array<string | number>> {
  const t = (key: string) => translator.t(locale, key);
  const header = [
    t('dialogues.coverage.community'),
    t('dialogues.coverage.unit'),
    t('dialogues.coverage.status'),
    t('dialogues.record.heldOn'),
    t('dialogues.coverage.participants'),
    t('dialogues.coverage.headcount'),
    t('dialogues.record.commitments'),
    t('dialogues.coverage.lateColumn'),
  ];
  const lines = coverage.rows.map((row) => [
    localize(row.community.name, locale),
    localize(row.community.topUnit.name, locale),
    t(STATUS_KEYS[row.status]),
    row.record?.heldOn ?? '',
    row.status === 'held' ? (row.record?.participants ?? 0) : 0,
    row.community.headcount,
    row.commitments,
    row.record?.late ? t('dialogues.coverage.yes') : '',
  ]);
  return [header, ...lines];
}

/** The coverage as CSV (UTF-8 with BOM, commas, every cell quoted). */
export function coverageCsv(coverage: Coverage, translator: Translator, locale: Locale): string {
  const table = coverageTable(coverage, translator, locale);
  return `\uFEFF${table.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The coverage as XLSX: every text a typed text cell (exceljs writes a formula only for a
 * `{ formula }` value, so a name starting with = stays text), numbers as numbers.
 */
export async function coverageXlsx(coverage: Coverage, translator: Translator, locale: Locale): Promise<Buffer> {
  const [header, ...lines] = coverageTable(coverage, translator, locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(
    translator
      .t(locale, 'dialogues.coverage.sheet')
      .slice(0, 31)
      .replace(/[[\]:*?/\\]/g, ' '),
  );
  sheet.addRow(header ?? []).font = { bold: true };
  for (const line of lines) sheet.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
