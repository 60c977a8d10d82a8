import { Readable } from 'node:stream';
import archiver from 'archiver';
import { localize } from '../../../platform/i18n/locales.ts';
import type { Process } from '../../processes/index.ts';
import { DIMENSIONS, type ParticipationFigures } from '../participation/model.ts';
import type { BuiltReport } from '../report/model.ts';
import { OPEN_DATA_FILES } from './open-data-files.ts';
import { type OpenRow, type OpenRowsInput, openRowPages } from './open-rows.ts';

const NEEDS_QUOTES = /[",\r\n]/;

/** A CSV cell (RFC 4180): quoted when it must be; a leading = + - @ (or tab, CR) gets an apostrophe so no spreadsheet runs it. */
export function csvValue(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (value === '') return value;
  const first = value.charCodeAt(0);
  // = + - @ tab CR: a spreadsheet would read the cell as a formula.
  const formula = first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
  const safe = formula ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** What the open data needs besides the contributions: the process, its phases and the groups that may be named. */
export interface OpenDataInput extends OpenRowsInput {
  process: Process;
  report: BuiltReport;
  publishedAt: string;
}

const CONTRIBUTION_COLUMNS = ['number', 'channel', 'language', 'date', 'phase', 'age_band', 'area', 'text'] as const;

/** One CSV line of a row: the number and the date are ours and need no quoting; the rest pass through csvValue. */
function csvLine(row: OpenRow): string {
  return `${row.number},${csvValue(row.channel)},${csvValue(row.language)},${row.date},${csvValue(row.phase)},${csvValue(row.age_band)},${csvValue(row.area)},${csvValue(row.text)}\r\n`;
}

/** The contributions as CSV (UTF-8 with a BOM, CRLF), streamed one chunk per page of rows. */
export async function* contributionsCsv(input: OpenDataInput): AsyncGenerator<string> {
  yield `\uFEFF${CONTRIBUTION_COLUMNS.join(',')}\r\n`;
  for await (const rows of openRowPages(input)) {
    let chunk = '';
    for (const row of rows) chunk += csvLine(row);
    yield chunk;
  }
}

async function* contributionsJson(input: OpenDataInput): AsyncGenerator<string> {
  let separator = '[\n';
  for await (const rows of openRowPages(input)) {
    let chunk = '';
    for (const row of rows) {
      chunk += separator + JSON.stringify(row);
      separator = ',\n';
    }
    yield chunk;
  }
  yield separator === '[\n' ? '[\n]\n' : '\n]\n';
}

function participationRows(figures: ParticipationFigures) {
  return DIMENSIONS.flatMap((dimension) =>
    figures.breakdowns[dimension].map((row) => ({ dimension, group: row.label, people: row.people, contributions: row.contributions })),
  );
}

/** The machine-readable data dictionary: a Frictionless Data Package describing every file and column. */
export function dataPackage(input: OpenDataInput): Record<string, unknown> {
  const title = localize(input.process.title, 'fi');
  return {
    profile: 'tabular-data-package',
    name: `${input.process.slug}-open-data`,
    title,
    created: input.publishedAt,
    licenses: [
      { name: input.report.licence, path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' },
    ],
    resources: [
      ...OPEN_DATA_FILES.flatMap((file) => [
        {
          name: file.name,
          path: `${file.name}.csv`,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8-sig',
          description: file.description,
          schema: { fields: file.fields },
        },
        {
          name: `${file.name}-json`,
          path: `${file.name}.json`,
          format: 'json',
          mediatype: 'application/json',
          description: `${file.description} The same rows as ${file.name}.csv, as a JSON array of objects.`,
          schema: { fields: file.fields },
        },
      ]),
      {
        name: 'report',
        path: 'report.json',
        format: 'json',
        mediatype: 'application/json',
        description:
          'The published final report: section texts and its data (figures, themes with masked quotes, opinion groups, dialogue coverage, goals).',
      },
    ],
  };
}

/** README.md: what the package is, its licence, how identities and small groups were handled, and every file's columns. */
export function readme(input: OpenDataInput): string {
  const title = localize(input.process.title, 'fi');
  const files = OPEN_DATA_FILES.map(
    (file) =>
      `## ${file.name}.csv and ${file.name}.json\n\n${file.description}\n\n| column | type | meaning |\n|---|---|---|\n${file.fields
        .map((field) => `| ${field.name} | ${field.type} | ${field.description} |`)
        .join('\n')}\n`,
  ).join('\n');
  return (
    `# ${title}: open data\n\nThe data of the process "${title}" (published ${input.publishedAt.slice(0, 10)}), exported by Tarina.\n\n` +
    `Licence: ${input.report.licence} (https://creativecommons.org/licenses/by/4.0/). Credit the organisation as the source.\n\n` +
    `- Identities removed: no names, e-mail addresses, account ids or participant keys; rows are numbered afresh.\n` +
    `- Free texts passed through Tarina's personal-data masking (e-mail, phone, identity code, street address).\n` +
    `- Groups of fewer than 5 people are suppressed wherever background groups are crossed.\n` +
    `- The machine-readable description of every file and column is datapackage.json (Frictionless Data Package).\n\n` +
    `Suomeksi: prosessin avoin data. Lisenssi ${input.report.licence}. Tunnisteet poistettu, vapaat tekstit peitetty, alle 5 hengen ryhmät piilotettu. Tiedostojen ja sarakkeiden kuvaus: datapackage.json.\n\n${files}\n## report.json\n\nThe published final report.\n`
  );
}

/**
 * The open-data package of a process as a zip stream: README.md, datapackage.json, the
 * contributions and participation as CSV and JSON, and report.json. Entries are written one after
 * another from generators that read the contributions a page at a time, so memory stays flat.
 */
export function openDataZip(input: OpenDataInput): Readable {
  const zip = archiver('zip', { zlib: { level: 6 } });
  const date = new Date(input.publishedAt);
  zip.append(readme(input), { name: 'README.md', date });
  zip.append(`${JSON.stringify(dataPackage(input), null, 2)}\n`, { name: 'datapackage.json', date });
  zip.append(Readable.from(contributionsCsv(input)), { name: 'contributions.csv', date });
  zip.append(Readable.from(contributionsJson(input)), { name: 'contributions.json', date });
  const participation = participationRows(input.figures);
  const participationCsv =
    `\uFEFFdimension,group,people,contributions\r\n` +
    participation.map((row) => [row.dimension, row.group, row.people, row.contributions].map(csvValue).join(',')).join('\r\n');
  zip.append(`${participationCsv}\r\n`, { name: 'participation.csv', date });
  zip.append(`${JSON.stringify(participation, null, 2)}\n`, { name: 'participation.json', date });
  zip.append(`${JSON.stringify({ publishedAt: input.publishedAt, ...input.report }, null, 2)}\n`, { name: 'report.json', date });
  void zip.finalize();
  return zip;
}
