import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignBlocks, diffWords } from './diff.ts';
import type { Block } from './model.ts';

const block = (key: string, fi: string): Block => ({ key, kind: 'paragraph', text: { fi }, translationsBehind: [] });

describe('story diff', () => {
  it('marks the words added and removed, and joins back to either text', () => {
    const parts = diffWords('Rauma on vanha kaupunki meren rannalla', 'Rauma on elävä kaupunki meren rannalla');
    assert.deepEqual(
      parts.map((part) => [part.kind, part.text]),
      [
        ['same', 'Rauma on '],
        ['removed', 'vanha'],
        ['added', 'elävä'],
        ['same', ' kaupunki meren rannalla'],
      ],
    );
    const before = parts
      .filter((part) => part.kind !== 'added')
      .map((part) => part.text)
      .join('');
    const after = parts
      .filter((part) => part.kind !== 'removed')
      .map((part) => part.text)
      .join('');
    assert.equal(before, 'Rauma on vanha kaupunki meren rannalla');
    assert.equal(after, 'Rauma on elävä kaupunki meren rannalla');
  });

  it('an empty side is all added or all removed', () => {
    assert.deepEqual(diffWords('', 'uusi teksti'), [{ kind: 'added', text: 'uusi teksti' }]);
    assert.deepEqual(diffWords('vanha', ''), [{ kind: 'removed', text: 'vanha' }]);
  });

  it('aligns blocks by key: kept, added, and removed after the block that preceded them', () => {
    const changes = alignBlocks([block('a', '1'), block('b', '2'), block('c', '3')], [block('a', '1'), block('d', '4'), block('c', '3')]);
    assert.deepEqual(
      changes.map((change) => [change.key, change.before !== null, change.after !== null]),
      [
        ['a', true, true],
        ['b', true, false],
        ['d', false, true],
        ['c', true, true],
      ],
    );
  });
});
