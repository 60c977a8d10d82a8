import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv, parseCsvRecords } from './read-csv.ts';

test('quoted fields keep commas, doubled quotes and line breaks', () => {
  const text = 'id,body,n\r\n1,"a, b",2\n2,"say ""hi""",3\n3,"line one\nline two",4\n';
  assert.deepEqual(parseCsv(text), [
    ['id', 'body', 'n'],
    ['1', 'a, b', '2'],
    ['2', 'say "hi"', '3'],
    ['3', 'line one\nline two', '4'],
  ]);
});

test('empty fields, a missing final newline and a byte-order mark', () => {
  assert.deepEqual(parseCsv('\ufeffa,,c\n,,'), [
    ['a', '', 'c'],
    ['', '', ''],
  ]);
});

test('records are keyed by header', () => {
  assert.deepEqual(parseCsvRecords('x,y\n1,"2,5"\n'), [{ x: '1', y: '2,5' }]);
});
