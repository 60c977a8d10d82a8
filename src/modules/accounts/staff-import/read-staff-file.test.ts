import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { type ParsedRecord, readStaffFile, splitUnquoted } from './read-staff-file.ts';

/** What csv-parse answers with the options `readStaffFile` gives it. */
function csvParse(text: string, delimiter: ';' | ',' | '\t', to: number): ParsedRecord[] {
  const records = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    to,
  }) as unknown as Array<{
    record: string[];
    info: { lines: number };
  }>;
  return records.map(({ record, info }) => ({ record, info: { lines: info.lines } }));
}

describe('reading an HR export without quotes by hand', () => {
  it('answers what csv-parse answers for any text without a quote, or leaves the text to it', () => {
    const piece = fc.constantFrom('a', 'ä', ' ', ';', ',', '\t', '\n', '\r', '\r\n', 'x@y.fi', '');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.constantFrom(';', ',', '\t'),
        fc.integer({ min: 1, max: 6 }),
        (parts, delimiter, to) => {
          const text = parts.join('');
          const byHand = splitUnquoted(text, delimiter as ';' | ',' | '\t', to);
          if (byHand === null) return true;
          assert.deepEqual(byHand, csvParse(text, delimiter as ';' | ',' | '\t', to));
          return true;
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('numbers the lines as an editor does, empty lines counted and skipped', () => {
    const file = readStaffFile(new TextEncoder().encode('email;name;unit\r\n\r\na@b.fi;A;U\r\nc@d.fi;C;U\r\n'));
    assert.deepEqual(
      file.records.map((record) => [record.line, record.fields[0]]),
      [
        [3, 'a@b.fi'],
        [4, 'c@d.fi'],
      ],
    );
  });
});
