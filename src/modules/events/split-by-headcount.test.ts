import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitByHeadcount } from './split-by-headcount.ts';

const groupsArbitrary = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), headcount: fc.nat(5000) }), {
  selector: (group) => group.key,
  minLength: 1,
  maxLength: 15,
});

describe('quota seats split by headcount (largest remainder)', () => {
  it('splits the Rauma demo units’ 70 seats as the Hamilton method does by hand', () => {
    const seats = splitByHeadcount(70, [
      { key: 'central', headcount: 98 },
      { key: 'social', headcount: 1190 },
      { key: 'education', headcount: 1065 },
      { key: 'technical', headcount: 445 },
      { key: 'environment', headcount: 73 },
      { key: 'leisure', headcount: 76 },
    ]);
    // Exact shares 2.33, 28.27, 25.30, 10.57, 1.73, 1.81: the three seats left go to .81, .73 and .57.
    assert.deepEqual(Object.fromEntries(seats), { central: 2, social: 28, education: 25, technical: 11, environment: 2, leisure: 2 });
  });

  it('always hands out exactly the seats, each group within one seat of its exact share', () => {
    fc.assert(
      fc.property(fc.nat(500), groupsArbitrary, (seats, groups) => {
        const split = splitByHeadcount(seats, groups);
        const sum = [...split.values()].reduce((total, value) => total + value, 0);
        assert.equal(sum, seats);
        const total = groups.reduce((acc, group) => acc + group.headcount, 0);
        for (const group of groups) {
          const exact = total === 0 ? seats / groups.length : (seats * group.headcount) / total;
          const given = split.get(group.key) ?? -1;
          assert.ok(given >= Math.floor(exact) && given <= Math.ceil(exact), `${group.key}: ${given} for ${exact}`);
        }
      }),
    );
  });

  it('never gives a larger unit fewer seats than a smaller one', () => {
    fc.assert(
      fc.property(fc.nat(500), groupsArbitrary, (seats, groups) => {
        const split = splitByHeadcount(seats, groups);
        for (const a of groups) {
          for (const b of groups) {
            if (a.headcount > b.headcount) assert.ok((split.get(a.key) ?? 0) >= (split.get(b.key) ?? 0));
          }
        }
      }),
    );
  });
});
