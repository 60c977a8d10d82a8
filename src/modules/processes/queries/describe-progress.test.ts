import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProgress, todayIn } from './describe-progress.ts';
import type { Phase } from './list-phases.ts';

function phase(id: string, startsOn: string, endsOn: string): Phase {
  return { id, processId: 'p', position: 0, title: { fi: id }, description: { fi: '' }, startsOn, endsOn };
}

const PHASES = [phase('a', '2013-01-01', '2013-01-10'), phase('b', '2013-01-11', '2013-01-20'), phase('c', '2013-01-26', '2013-02-09')];

describe('deriving progress from phase dates', () => {
  it('has not started before the first phase', () => {
    const progress = describeProgress(PHASES, '2012-12-31');
    assert.equal(progress.status, 'not_started');
    assert.equal(progress.currentPhaseId, null);
    assert.equal(progress.nextPhaseId, 'a');
    assert.equal(progress.percent, 0);
    assert.deepEqual(progress.states, { a: 'upcoming', b: 'upcoming', c: 'upcoming' });
  });

  it('makes the phase containing today current, first and last days included', () => {
    assert.equal(describeProgress(PHASES, '2013-01-01').currentPhaseId, 'a');
    assert.equal(describeProgress(PHASES, '2013-01-10').currentPhaseId, 'a');
    const progress = describeProgress(PHASES, '2013-01-11');
    assert.equal(progress.currentPhaseId, 'b');
    assert.deepEqual(progress.states, { a: 'done', b: 'current', c: 'upcoming' });
  });

  it('has no current phase between two phases, and names the next', () => {
    const progress = describeProgress(PHASES, '2013-01-22');
    assert.equal(progress.status, 'running');
    assert.equal(progress.currentPhaseId, null);
    assert.equal(progress.nextPhaseId, 'c');
  });

  it('is completed after the last phase', () => {
    const progress = describeProgress(PHASES, '2013-02-10');
    assert.equal(progress.status, 'completed');
    assert.equal(progress.percent, 100);
    assert.equal(progress.percentStep, 100);
  });

  it('counts elapsed days of the whole process and rounds to 5 for the bar', () => {
    // 40 days in all; on day 7, 7/40 = 17.5 % → 18, drawn as 20.
    const progress = describeProgress(PHASES, '2013-01-07');
    assert.equal(progress.percent, 18);
    assert.equal(progress.percentStep, 20);
    assert.equal(describeProgress(PHASES, '2013-01-05').percentStep, 15);
  });

  it('handles a process without phases', () => {
    const progress = describeProgress([], '2013-01-01');
    assert.equal(progress.status, 'no_phases');
    assert.equal(progress.percent, 0);
  });
});

describe('today in the organisation’s time zone', () => {
  it('turns the date over at Helsinki midnight, not at UTC midnight', () => {
    assert.equal(todayIn(new Date('2013-04-17T20:59:00Z'), 'Europe/Helsinki'), '2013-04-17');
    assert.equal(todayIn(new Date('2013-04-17T21:00:00Z'), 'Europe/Helsinki'), '2013-04-18');
    assert.equal(todayIn(new Date('2013-01-17T22:30:00Z'), 'Europe/Helsinki'), '2013-01-18');
    assert.equal(todayIn(new Date('2013-01-17T21:30:00Z'), 'Europe/Helsinki'), '2013-01-17');
  });
});
