import ExcelJS from 'exceljs';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { Translator } from '../../../platform/i18n/translator.ts';
import { DIMENSIONS } from '../participation/model.ts';
import type { BuiltReport } from '../report/model.ts';

type Cell = string | number | null;

/**
 * A cell's value as written: numbers as numbers, every text as a text cell. A text starting with
 * = + - @ (or tab, CR) is kept as it is but as a string cell, never `{ formula }`, so a spreadsheet
 * shows it and never evaluates it (exceljs writes a formula only for a formula value).
 */
export function safeCell(value: Cell): string | number | null {
  if (value === null || typeof value === 'number') return value;
  return String(value);
}

/** The report's tables, one sheet each: sections, participation, phases, themes, opinion groups, dialogues, goals. */
export function reportSheets(report: BuiltReport, translator: Translator, locale: Locale): Array<{ name: string; rows: Cell[][] }> {
  const t = (key: string) => translator.t(locale, key);
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
  const { data } = report;
  const figures = data.figures[locale];
  return [
    {
      name: t('reports.sheet.sections'),
      rows: [
        [t('reports.sheet.section'), t('reports.field.text')],
        ...report.sections.map((s) => [t(`reports.section.${s.key}`), text(s.text)]),
      ],
    },
    {
      name: t('reports.sheet.participation'),
      rows: [
        [t('reports.sheet.dimension'), t('reports.sheet.group'), t('reports.figures.people'), t('reports.figures.contributions')],
        ...DIMENSIONS.flatMap((dimension) =>
          figures.breakdowns[dimension].map((row) => [
            t(`reports.dimension.${dimension}`),
            dimension === 'channel' ? t(`reports.channel.${row.key}`) : row.label,
            row.people,
            row.contributions,
          ]),
        ),
      ],
    },
    {
      name: t('reports.section.phases'),
      rows: [
        [t('reports.dimension.phase'), t('reports.report.starts'), t('reports.report.ends')],
        ...data.phases.map((p) => [text(p.title), p.startsOn, p.endsOn]),
      ],
    },
    {
      name: t('reports.section.themes'),
      rows: [
        [t('reports.report.theme'), t('reports.figures.contributions'), t('reports.report.quotes')],
        ...data.themes.map((theme) => [text(theme.label), theme.contributions, theme.quotes.join('\n')]),
      ],
    },
    {
      name: t('reports.section.opinions'),
      rows: [
        [t('reports.report.question'), t('reports.report.group'), t('reports.figures.people')],
        ...data.opinions.flatMap((channel) => channel.groups.map((group) => [text(channel.question), group.label, group.size])),
      ],
    },
    {
      name: t('reports.section.dialogues'),
      rows: [
        [t('reports.report.round'), t('reports.report.held'), t('reports.report.communities'), t('reports.figures.people')],
        ...data.dialogues.map((round) => [text(round.title), round.held, round.total, round.participants]),
      ],
    },
    {
      name: t('reports.section.goals'),
      rows: [
        [t('reports.report.goal'), t('reports.report.objectives'), t('reports.report.indicators')],
        ...data.goals.map((goal) => [text(goal.title), goal.objectives, goal.indicators]),
      ],
    },
  ];
}

/** The report's tables as XLSX: a sheet per table, the header row bold, a suppressed cell empty with the sheet's note. */
export async function reportXlsx(report: BuiltReport, translator: Translator, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = translator.t(locale, 'reports.report.title', { process: localize(report.data.process.title, locale) });
  for (const sheet of reportSheets(report, translator, locale)) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31).replace(/[[\]:*?/\\]/g, ' '));
    for (const row of sheet.rows) worksheet.addRow(row.map(safeCell));
    worksheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
