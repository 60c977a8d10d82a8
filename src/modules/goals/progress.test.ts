import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indicatorProgress, rollUpProgress } from './progress.ts';

describe('progress from baseline to target and its roll-up', () => {
  it('measures the share of the way, either direction, clamped to 0–1', () => {
    assert.equal(indicatorProgress({ direction: 'up', baseline: 50, target: 60, actual: 55 }), 0.5);
    assert.equal(indicatorProgress({ direction: 'down', baseline: 20, target: 10, actual: 12 }), 0.8);
    assert.equal(indicatorProgress({ direction: 'up', baseline: 50, target: 60, actual: 70 }), 1);
    assert.equal(indicatorProgress({ direction: 'up', baseline: 50, target: 60, actual: 40 }), 0);
  });

  it('cannot measure without a baseline, a target, an actual, or with a target equal to the baseline', () => {
    assert.equal(indicatorProgress({ direction: 'up', baseline: null, target: 60, actual: 55 }), null);
    assert.equal(indicatorProgress({ direction: 'up', baseline: 50, target: undefined, actual: 55 }), null);
    assert.equal(indicatorProgress({ direction: 'up', baseline: 50, target: 60, actual: undefined }), null);
    assert.equal(indicatorProgress({ direction: 'up', baseline: 60, target: 60, actual: 55 }), null);
  });

  it('rolls up as the mean over measured indicators, whichever objective holds them', () => {
    const objectiveA = rollUpProgress([
      { progress: 1, weight: 1 },
      { progress: 0.5, weight: 1 },
      { progress: null, weight: 0 },
    ]);
    const objectiveB = rollUpProgress([{ progress: 0, weight: 1 }]);
    assert.deepEqual(objectiveA, { progress: 0.75, weight: 2 });
    assert.deepEqual(rollUpProgress([objectiveA, objectiveB]), { progress: 0.5, weight: 3 });
    assert.deepEqual(rollUpProgress([{ progress: null, weight: 0 }]), { progress: null, weight: 0 });
  });
});
