import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeOpinionGroups } from './compute-opinion-groups.ts';
import { followGroupIds } from './group-names.ts';
import type { VoteInput } from './types.ts';

const people = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

test('a new group keeps the id of the previous group most of its members came from', () => {
  const previous = [
    { id: 0, members: people('a', 10) },
    { id: 1, members: people('b', 6) },
  ];
  // The b-group grew past the a-group: numbered by size it would come first.
  const now = [[...people('b', 6), ...people('n', 8)], people('a', 10)];
  assert.deepEqual(followGroupIds(now, previous), [1, 0]);
});

test('a group with no clear predecessor takes a letter neither snapshot uses; without a previous snapshot ids are 0, 1, …', () => {
  const previous = [
    { id: 0, members: people('a', 10) },
    { id: 1, members: people('b', 6) },
  ];
  const now = [people('a', 10), people('n', 5), [...people('b', 3), ...people('m', 4)]];
  // b's three are most of the third group's previously grouped members: it stays 1; the all-new group gets 2.
  assert.deepEqual(followGroupIds(now, previous), [0, 2, 1]);
  const split = [
    [...people('a', 5), ...people('b', 5)],
    [...people('a', 5).map((p) => p), 'z'],
  ];
  // The first group has 5 a's and 5 b's: no majority, so no clear match; the second is clearly a.
  assert.deepEqual(followGroupIds(split, previous), [2, 0]);
  assert.deepEqual(followGroupIds([people('x', 3), people('y', 2)], []), [0, 1]);
});

test('recomputing after a few votes keeps every participant’s group id although the group sizes swap', () => {
  const statements = Array.from({ length: 6 }, (_, s) => ({ id: String(s) }));
  const camp = (who: string[], sign: 1 | -1, from: number): VoteInput[] =>
    who.flatMap((participantId, i) =>
      statements.map((s, c) => ({
        participantId,
        statementId: s.id,
        vote: (c < 3 ? sign : -sign) as 1 | -1,
        at: from + i * 10 + c,
      })),
    );
  const first = [...camp(people('a', 12), 1, 0), ...camp(people('b', 8), -1, 1000)];
  const before = computeOpinionGroups({ votes: first, statements }, { seed: 1 });
  const groupOf = (snapshot: typeof before) => new Map(snapshot.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
  assert.equal(before.groups.length, 2);
  const later = [...first, ...camp(people('c', 9), -1, 5000)];
  const fresh = computeOpinionGroups({ votes: later, statements }, { seed: 1 });
  assert.notEqual(groupOf(fresh).get('a0'), groupOf(before).get('a0'), 'numbered by size alone the letters would swap');
  const after = computeOpinionGroups(
    { votes: later, statements },
    { seed: 1, previousGroups: before.groups.map((g) => ({ id: g.id, members: g.members })) },
  );
  for (const [member, id] of groupOf(before)) assert.equal(groupOf(after).get(member), id, member);
  assert.deepEqual(
    after.repness.map((r) => r.groupId),
    after.groups.map((g) => g.id),
  );
});
