import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { indicatorStatus, worstStatus } from './status.ts';

describe('indicator status rule', () => {
  it('meets, falls a little short, or falls far short of the target', () => {
    const up = { direction: 'up' as const, baseline: 50, target: 70 };
    assert.equal(indicatorStatus({ ...up, actual: 70 }), 'on-track');
    assert.equal(indicatorStatus({ ...up, actual: 80 }), 'on-track');
    assert.equal(indicatorStatus({ ...up, actual: 65 }), 'at-risk');
    assert.equal(indicatorStatus({ ...up, actual: 64.9 }), 'off-track');
    const down = { direction: 'down' as const, baseline: 12, target: 8 };
    assert.equal(indicatorStatus({ ...down, actual: 7 }), 'on-track');
    assert.equal(indicatorStatus({ ...down, actual: 9 }), 'at-risk');
    assert.equal(indicatorStatus({ ...down, actual: 11 }), 'off-track');
  });

  it('has no data without a target or an actual; without a baseline it measures by the target', () => {
    assert.equal(indicatorStatus({ direction: 'up', baseline: null, target: undefined, actual: 3 }), 'no-data');
    assert.equal(indicatorStatus({ direction: 'up', baseline: null, target: 3, actual: null }), 'no-data');
    assert.equal(indicatorStatus({ direction: 'up', baseline: null, target: 100, actual: 80 }), 'at-risk');
    assert.equal(indicatorStatus({ direction: 'up', baseline: 100, target: 100, actual: 70 }), 'off-track');
  });

  it('is never worse for an actual that is better (any numbers, either direction)', () => {
    const rank = { 'on-track': 0, 'at-risk': 1, 'off-track': 2, 'no-data': 3 } as const;
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom('up' as const, 'down' as const),
        fc.option(value),
        value,
        value,
        value,
        (direction, baseline, target, a, b) => {
          const [worse, better] = direction === 'up' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
          const of = (actual: number) => rank[indicatorStatus({ direction, baseline, target, actual })];
          assert.ok(of(better) <= of(worse));
        },
      ),
    );
  });

  it('rolls up to the worst known status', () => {
    assert.equal(worstStatus(['on-track', 'no-data', 'at-risk']), 'at-risk');
    assert.equal(worstStatus(['no-data']), 'no-data');
    assert.equal(worstStatus([]), 'no-data');
  });
});
