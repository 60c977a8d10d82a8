import { Readable } from 'node:stream';
import archiver from 'archiver';
import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import { type ContributionRow, pageProcessContributions } from '../../contributions/index.ts';
import { maskPersonalData } from '../../insights/index.ts';
import type { Phase, Process } from '../../processes/index.ts';
import { groupsOf } from '../participation/count-by-background.ts';
import { DIMENSIONS, type ParticipationFigures } from '../participation/model.ts';
import type { BuiltReport } from '../report/model.ts';
import { OPEN_DATA_FILES } from './open-data-files.ts';

const PAGE = 1000;

/** A CSV cell (RFC 4180): quoted when it must be; a leading = + - @ (or tab, CR) gets an apostrophe so no spreadsheet runs it. */
export function csvValue(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** What the open data needs besides the contributions: the process, its phases and the groups that may be named. */
export interface OpenDataInput {
  db: Db;
  organisationId: string;
  process: Process;
  phases: Phase[];
  figures: ParticipationFigures;
  report: BuiltReport;
  publishedAt: string;
}

interface OpenRow {
  number: number;
  channel: string;
  language: string;
  date: string;
  phase: string;
  age_band: string;
  area: string;
  text: string;
}

/** The visible contributions as open rows, a page at a time: no ids, masked texts, small groups left empty. */
async function* openRows(input: OpenDataInput): AsyncGenerator<OpenRow> {
  const named = new Set(
    [...input.figures.breakdowns.ageBand, ...input.figures.breakdowns.area].filter((row) => row.people !== null).map((row) => row.key),
  );
  const phaseOf = (date: string) => input.phases.find((phase) => phase.startsOn <= date && date <= phase.endsOn);
  let after = '';
  let number = 0;
  for (;;) {
    const page: ContributionRow[] = await pageProcessContributions(input.db, input.organisationId, input.process.id, {
      after,
      limit: PAGE,
    });
    for (const row of page) {
      if (row.hidden) continue;
      const groups = groupsOf(parseJsonColumn<Record<string, unknown>>(row.metadata, {}));
      const groupLabel = (dimension: 'ageBand' | 'area') =>
        groups.find((group) => group.dimension === dimension && named.has(group.key))?.label ?? '';
      const date = row.createdAt.slice(0, 10);
      number += 1;
      yield {
        number,
        channel: row.channel,
        language: row.language,
        date,
        phase: localize(phaseOf(date)?.title, 'fi'),
        age_band: groupLabel('ageBand'),
        area: groupLabel('area'),
        text: maskPersonalData(row.text).text,
      };
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}

const CONTRIBUTION_COLUMNS = ['number', 'channel', 'language', 'date', 'phase', 'age_band', 'area', 'text'] as const;

/** The contributions as CSV lines (UTF-8 with a BOM, CRLF), streamed. */
export async function* contributionsCsv(input: OpenDataInput): AsyncGenerator<string> {
  yield `\uFEFF${CONTRIBUTION_COLUMNS.join(',')}\r\n`;
  for await (const row of openRows(input)) yield `${CONTRIBUTION_COLUMNS.map((column) => csvValue(row[column])).join(',')}\r\n`;
}

async function* contributionsJson(input: OpenDataInput): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const row of openRows(input)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]\n';
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
