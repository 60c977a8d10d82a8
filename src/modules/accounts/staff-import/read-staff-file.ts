import { CsvError, parse } from 'csv-parse/sync';
import { STAFF_IMPORT_LIMITS } from './staff-import-schema.ts';
import type { StaffProblem } from './staff-problems.ts';

/** One data record of the file: the line it starts on (1-based, as an editor shows it) and its fields. */
export interface StaffRecord {
  line: number;
  fields: string[];
}

/** The file as read: the encoding it was in, the delimiter found, its header and records, or what stopped the reading. */
export interface StaffFile {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ',' | '\t';
  header: string[];
  records: StaffRecord[];
  problems: StaffProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

/**
 * UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, otherwise
 * Windows-1252, which is what Excel writes for "CSV" on Finnish and Swedish Windows.
 */
export function decodeStaffFile(bytes: Uint8Array): { text: string; encoding: StaffFile['encoding'] } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}

/** The delimiter the header line uses most outside quotes: `;` (Excel in Finland), `,` or tab. */
export function detectDelimiter(text: string): StaffFile['delimiter'] {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts] += 1;
  }
  const best = (Object.entries(counts) as Array<[StaffFile['delimiter'], number]>).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ';';
}

/** Line breaks inside a record's fields, to find the line it started on from the line it ended on. */
function breaksIn(fields: string[]): number {
  let breaks = 0;
  for (const field of fields) {
    // Most fields hold no line break: skip the pattern for them (20,000 rows have 100,000 fields).
    if (field.includes('\n') || field.includes('\r')) breaks += (field.match(/\r\n|\r|\n/g) ?? []).length;
  }
  return breaks;
}

/** A record as csv-parse answers it with `info`: its fields and the line it ends on. */
export type ParsedRecord = { record: string[]; info: { lines: number } };

/**
 * The records of a file without any quote character, as csv-parse reads them (empty lines
 * skipped, each record with the line it ends on), split by hand: an HR export of 20,000
 * people is read in a tenth of the time. A file that mixes line endings is left to
 * csv-parse (it keeps to the first ending it meets); so is a file with a quote.
 */
export function splitUnquoted(text: string, delimiter: StaffFile['delimiter'], to: number): ParsedRecord[] | null {
  const ending = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const lines = text.split(ending);
  const records: ParsedRecord[] = [];
  for (let index = 0; index < lines.length && records.length < to; index += 1) {
    const line = lines[index] as string;
    if (line.includes('\r') || line.includes('\n')) return null;
    if (line !== '') records.push({ record: line.split(delimiter), info: { lines: index + 1 } });
  }
  return records;
}

/**
 * Reads an HR export: decodes it, finds the delimiter, and parses it with csv-parse
 * (quotes by RFC 4180, empty lines skipped; a file without quotes is split by hand, the same). A record with a broken quote stops the
 * reading with a problem at its line; the size and row limits are problems too.
 */
export function readStaffFile(bytes: Uint8Array): StaffFile {
  const { text, encoding } = decodeStaffFile(bytes);
  const delimiter = detectDelimiter(text);
  const empty: StaffFile = { encoding, delimiter, header: [], records: [], problems: [] };
  if (bytes.byteLength > STAFF_IMPORT_LIMITS.fileBytes) {
    return {
      ...empty,
      problems: [{ line: 0, key: 'accounts.staffImport.fileTooLarge', values: { max: STAFF_IMPORT_LIMITS.fileBytes / 1_000_000 } }],
    };
  }
  if (text.includes('\u0000')) return { ...empty, problems: [{ line: 0, key: 'accounts.staffImport.binary' }] };
  const read = (to: number): ParsedRecord[] =>
    (!text.includes('"') && splitUnquoted(text, delimiter, to)) ||
    (parse(text, { delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true, to }) as unknown as ParsedRecord[]);
  let parsed: ReturnType<typeof read>;
  try {
    // One row past the limit is enough to know the file is too long.
    parsed = read(STAFF_IMPORT_LIMITS.rows + 2);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const details = error as CsvError & { lines?: number; records?: number };
    // A quote never closed runs to the end of the file: name the line after the last good record, where it opened.
    const line =
      error.code === 'CSV_QUOTE_NOT_CLOSED' && details.records
        ? (read(details.records).at(-1)?.info.lines ?? 0) + 1
        : Number(details.lines ?? 0);
    return { ...empty, problems: [{ line, key: 'accounts.staffImport.malformed' }] };
  }
  const [first, ...rest] = parsed;
  if (!first) return { ...empty, problems: [{ line: 0, key: 'accounts.staffImport.empty' }] };
  if (rest.length > STAFF_IMPORT_LIMITS.rows) {
    return { ...empty, problems: [{ line: 0, key: 'accounts.staffImport.tooManyRows', values: { max: STAFF_IMPORT_LIMITS.rows } }] };
  }
  const records = rest.map(({ record, info }) => ({ line: info.lines - breaksIn(record), fields: record }));
  return { encoding, delimiter, header: first.record, records, problems: [] };
}
