import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyJsonDelta, jsonDelta } from './json-delta.ts';

/** A wall-like value: clusters and notes with ids, nested, plus plain fields. */
const note = fc.record({ id: fc.uuid(), text: fc.string({ maxLength: 80 }), votes: fc.nat(9), duplicates: fc.constant([]) });
const wall = fc.record({
  stage: fc.constantFrom('writing', 'clustering', 'voting', 'results'),
  count: fc.nat(),
  clusters: fc.uniqueArray(fc.record({ id: fc.uuid(), name: fc.string({ maxLength: 20 }), notes: fc.array(note, { maxLength: 5 }) }), {
    selector: (cluster) => cluster.id,
    maxLength: 5,
  }),
  notes: fc.uniqueArray(note, { selector: (item) => item.id, maxLength: 30 }),
  tags: fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 6 }),
});

/** A second value made from the first the way a wall changes: notes added, removed, moved, edited, clustered. */
const change = wall.chain((before) =>
  fc
    .record({
      added: fc.uniqueArray(note, { selector: (item) => item.id, maxLength: 5 }),
      removed: fc.array(fc.nat(), { maxLength: 4 }),
      shuffled: fc.boolean(),
      edited: fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 80 })), { maxLength: 4 }),
      clustered: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      stage: fc.constantFrom('writing', 'clustering', 'voting', 'results'),
      tags: fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 6 }),
    })
    .map((edit) => {
      const after = structuredClone(before);
      const known = new Set(after.notes.map((item) => item.id));
      after.notes.push(...edit.added.filter((item) => !known.has(item.id)));
      for (const at of edit.removed) if (after.notes.length > 0) after.notes.splice(at % after.notes.length, 1);
      if (edit.shuffled) after.notes.reverse();
      for (const [at, text] of edit.edited) {
        const target = after.notes[at % Math.max(1, after.notes.length)];
        if (target) target.text = text;
      }
      for (const [from, to] of edit.clustered) {
        const cluster = after.clusters[to % Math.max(1, after.clusters.length)];
        if (cluster && after.notes.length > 0) cluster.notes.push(...after.notes.splice(from % after.notes.length, 1));
      }
      after.stage = edit.stage;
      after.tags = edit.tags;
      after.count += edit.added.length;
      return { before, after };
    }),
);

describe('json delta: what a live client patches its view with', () => {
  it('turns any value into the next one when applied to the value as the client holds it (parsed JSON)', () => {
    fc.assert(
      fc.property(change, ({ before, after }) => {
        const delta = jsonDelta(before, after);
        const held = JSON.parse(JSON.stringify(before));
        const sent = JSON.parse(JSON.stringify(delta ?? {}));
        assert.deepEqual(applyJsonDelta(held, sent), JSON.parse(JSON.stringify(after)));
      }),
      { numRuns: 400 },
    );
  });

  it('is nothing for equal values, and small for a note added to a long wall', () => {
    const notes = Array.from({ length: 2000 }, (_, index) => ({ id: `n${index}`, text: `Lappu ${index}: lisää puistoja`, votes: 0 }));
    const before = { walls: [{ notes }] };
    assert.equal(jsonDelta(before, structuredClone(before)), undefined);
    const after = structuredClone(before);
    after.walls[0]?.notes.push({ id: 'n2000', text: 'Uusi lappu', votes: 0 });
    const delta = JSON.stringify(jsonDelta(before, after));
    assert.ok(delta.length < 120, delta);
    assert.ok(delta.includes('Uusi lappu'));
  });

  it('sends a note moved into a cluster as a removal and an insertion, not as every note after it', () => {
    const notes = Array.from({ length: 500 }, (_, index) => ({ id: `n${index}`, text: `Lappu ${index}` }));
    const before = { clusters: [{ id: 'c1', notes: [] as typeof notes }], notes };
    const after = structuredClone(before);
    after.clusters[0]?.notes.push(...after.notes.splice(3, 1));
    const delta = JSON.stringify(jsonDelta(before, after));
    assert.ok(delta.length < 150, delta);
    assert.deepEqual(applyJsonDelta(JSON.parse(JSON.stringify(before)), JSON.parse(delta)), after);
  });
});
