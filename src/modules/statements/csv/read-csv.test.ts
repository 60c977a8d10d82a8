import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ImportError } from './import-error.ts';
import { readCsvRecords, readCsvTable } from './read-csv.ts';

function refusal(read: () => unknown): { key: string; line: unknown } {
  try {
    read();
  } catch (error) {
    assert.ok(error instanceof ImportError);
    return { key: error.messageKey, line: error.values.line };
  }
  assert.fail('expected the text to be refused');
}

describe('strict RFC 4180 reading', () => {
  it('reads quoted commas, doubled quotes and line breaks, CRLF or LF, a BOM and a final line break', () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",\n3,,"last"';
    assert.deepEqual(readCsvRecords(text, 'f.csv'), [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 3, fields: ['2', 'two\r\nlines', ''] },
      { line: 5, fields: ['3', '', 'last'] },
    ]);
    assert.deepEqual(readCsvRecords('a\n', 'f.csv'), [{ line: 1, fields: ['a'] }]);
  });

  it('names the line of every malformed record', () => {
    assert.deepEqual(
      refusal(() => readCsvRecords('a,b\n1,"open\n2,3\n', 'f.csv')),
      { key: 'statements.import.unterminatedQuote', line: '2' },
    );
    assert.deepEqual(
      refusal(() => readCsvRecords('a,b\n1,x"y\n', 'f.csv')),
      { key: 'statements.import.quoteInField', line: '2' },
    );
    assert.deepEqual(
      refusal(() => readCsvRecords('a,b\n"q\nq"x,1\n', 'f.csv')),
      { key: 'statements.import.textAfterQuote', line: '3' },
    );
  });

  it('checks the header and the width of every row, ignoring trailing blank lines', () => {
    const rows = readCsvTable('id,text,extra\n1,yksi,\n2,kaksi,x\n\n\n', 'f.csv', ['id', 'text']);
    assert.deepEqual(
      rows.map((row) => [row.line, row.value('id'), row.value('text')]),
      [
        [2, '1', 'yksi'],
        [3, '2', 'kaksi'],
      ],
    );
    assert.deepEqual(
      refusal(() => readCsvTable('id,text\n1,a\n\n2,b\n', 'f.csv', ['id'])),
      { key: 'statements.import.fieldCount', line: '3' },
    );
    assert.deepEqual(
      refusal(() => readCsvTable('id,text\n1,a,b\n', 'f.csv', ['id'])),
      { key: 'statements.import.fieldCount', line: '2' },
    );
    assert.equal(refusal(() => readCsvTable('id\n1\n', 'f.csv', ['id', 'text'])).key, 'statements.import.missingColumns');
    assert.equal(refusal(() => readCsvTable('id,id\n1,2\n', 'f.csv', ['id'])).key, 'statements.import.duplicateColumn');
    assert.equal(refusal(() => readCsvTable('', 'f.csv', ['id'])).key, 'statements.import.empty');
  });
});
