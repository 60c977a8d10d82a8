import { ImportError } from './import-error.ts';

/** One record of a CSV file, with the line it starts on (1-based, as an editor shows it). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Reads CSV strictly by RFC 4180: fields separated by commas, records by CRLF
 * or LF, a field in double quotes may hold commas, line breaks and doubled
 * quotes. Anything else — a quote inside an unquoted field, text after a
 * closing quote, a quote never closed — is an error naming its line, never a
 * guess. A byte-order mark and a final line break are allowed.
 */
export function readCsvRecords(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // 'start' of a field, inside an 'unquoted' or 'quoted' one, or just 'closed' a quoted one.
  let state: 'start' | 'unquoted' | 'quoted' | 'closed' = 'start';
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    state = 'start';
  };
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    if (state === 'quoted') {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else state = 'closed';
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      state = 'start';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (ch === '"') {
      if (state !== 'start')
        throw new ImportError(state === 'closed' ? 'statements.import.textAfterQuote' : 'statements.import.quoteInField', {
          file,
          line: String(line),
        });
      state = 'quoted';
      quoteLine = line;
    } else {
      if (state === 'closed') throw new ImportError('statements.import.textAfterQuote', { file, line: String(line) });
      field += ch;
      state = 'unquoted';
    }
  }
  if (state === 'quoted') throw new ImportError('statements.import.unterminatedQuote', { file, line: String(quoteLine) });
  if (state !== 'start' || fields.length > 0 || field !== '') endRecord();
  return records;
}

/** A data row of a CSV table: its line, and its fields by column name. */
export interface CsvRow {
  line: number;
  value(column: string): string;
}

/**
 * Reads a CSV file with a header line. Every required column must be there
 * (others are allowed and ignored), no column twice, and every row must have
 * exactly as many fields as the header: a short or long row is an error naming its line.
 */
export function readCsvTable(text: string, file: string, required: readonly string[]): CsvRow[] {
  const [header, ...records] = readCsvRecords(text, file);
  // Blank lines at the very end are an editor's habit, not rows.
  while (records.length > 0 && records.at(-1)?.fields.length === 1 && records.at(-1)?.fields[0] === '') records.pop();
  if (!header) throw new ImportError('statements.import.empty', { file });
  const index = new Map<string, number>();
  for (const [position, name] of header.fields.entries()) {
    const column = name.trim();
    if (index.has(column)) throw new ImportError('statements.import.duplicateColumn', { file, column });
    index.set(column, position);
  }
  const missing = required.filter((column) => !index.has(column));
  if (missing.length > 0) throw new ImportError('statements.import.missingColumns', { file, columns: missing.join(', ') });
  return records.map((record) => {
    if (record.fields.length !== header.fields.length) {
      const values = { file, line: String(record.line), count: record.fields.length, expected: header.fields.length };
      throw new ImportError('statements.import.fieldCount', values);
    }
    return { line: record.line, value: (column: string) => record.fields[index.get(column) ?? -1] ?? '' };
  });
}
