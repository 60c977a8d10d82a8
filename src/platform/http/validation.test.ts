import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUrlEncoded } from './body-parsers.ts';
import { flagSchema, isFlagSet, unflattenForm } from './validation.ts';

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

  it('reads a flag as every browser form posts it, and nothing else as set', () => {
    const posted = (body: string) => unflattenForm(parseUrlEncoded(body) as Record<string, string | string[]>).flag;
    for (const body of ['flag%5B%5D=yes', 'flag=on', 'flag=yes', 'flag=1', 'flag=true', 'flag=0&flag=1'])
      assert.equal(flagSchema.parse(posted(body)), true, body);
    for (const body of ['', 'flag=', 'flag=no', 'flag=false', 'flag=0', 'other=yes'])
      assert.equal(flagSchema.parse(posted(body)), false, body);
    assert.equal(isFlagSet(true), true);
    assert.equal(isFlagSet(false), false);
    assert.equal(isFlagSet({ yes: 'yes' }), false);
  });

  it('keeps a multi-select and a checkbox group as lists, one chosen or several', () => {
    const form = (body: string) => unflattenForm(parseUrlEncoded(body) as Record<string, string | string[]>);
    assert.deepEqual(form('ids=a&ids=b'), { ids: ['a', 'b'] });
    assert.deepEqual(form('ids%5B%5D=a'), { ids: ['a'] });
    assert.deepEqual(form('ids%5B%5D=a&ids%5B%5D=b'), { ids: ['a', 'b'] });
    assert.deepEqual(form('answers.q1.choiceIds%5B%5D=x&answers.q1.choiceIds%5B%5D=y'), { answers: { q1: { choiceIds: ['x', 'y'] } } });
  });
});
