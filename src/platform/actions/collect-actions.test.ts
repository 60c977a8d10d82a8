import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AnyAction, defineAction } from './action.ts';
import { invalidatePages } from './effects.ts';
import { collectActions } from './register.ts';

const action = (overrides: Partial<AnyAction>): AnyAction =>
  defineAction({
    name: 'sample.thing.create',
    summary: 'Create a thing',
    tag: 'sample',
    run: () => undefined,
    pageVersion: 'unchanged',
    after: [],
    page: { url: '/things/new', done: () => ({ to: '/things' }) },
    ...overrides,
  }) as AnyAction;

describe('collecting the modules’ actions', () => {
  it('takes well-declared actions in module order', () => {
    const first = action({});
    const second = action({ name: 'sample.thing.delete', pageVersion: 'after-commit', after: [invalidatePages] });
    assert.deepEqual(collectActions([{ name: 'sample', actions: [first, second] }]), [first, second]);
  });

  it('refuses a name outside the module, a name twice, no surface, and a page version at odds with the effects', () => {
    const cases: Array<[AnyAction[], RegExp]> = [
      [[action({ name: 'other.thing.create' })], /must be named sample\./],
      [[action({}), action({})], /declared twice/],
      [[action({ page: undefined })], /neither a page nor an API surface/],
      [[action({ pageVersion: 'after-commit' })], /invalidatePages/],
      [[action({ after: [invalidatePages] })], /invalidatePages/],
      [[action({ page: { url: '/things/new' } })], /needs done or respond/],
    ];
    for (const [actions, message] of cases) assert.throws(() => collectActions([{ name: 'sample', actions }]), message);
  });
});
