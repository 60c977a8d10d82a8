import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUrlEncoded } from './body-parsers.ts';
import { unflattenForm } from './validation.ts';

describe('form parsing', () => {
  it('nests dotted names and turns numbered keys into arrays', () => {
    assert.deepEqual(
      unflattenForm({ 'title.fi': 'Otsikko', 'title.sv': 'Rubrik', 'phases.1.title': 'B', 'phases.0.title': 'A', 'ids[]': 'x' }),
      {
        title: { fi: 'Otsikko', sv: 'Rubrik' },
        phases: [{ title: 'A' }, { title: 'B' }],
        ids: ['x'],
      },
    );
  });

  it('ignores prototype-polluting names and the CSRF field', () => {
    const result = unflattenForm({ '__proto__.admin': 'yes', 'a.constructor.prototype.admin': 'yes', _csrf: 't' });
    assert.deepEqual(result, {});
    assert.equal(({} as Record<string, unknown>).admin, undefined);
  });

  it('collects repeated fields and refuses malformed encoding', () => {
    assert.deepEqual({ ...parseUrlEncoded('a=1&a=2&b=%C3%A4+x') }, { a: ['1', '2'], b: 'ä x' });
    assert.throws(() => parseUrlEncoded('a=%E0%A4%A'), /bad-encoding|400/);
  });
});
